package dev.dakora.gateway.web;

import dev.dakora.evaluation.experiment.InvalidExperimentException;
import dev.dakora.gateway.experiments.ExperimentNotFoundException;
import dev.dakora.gateway.experiments.ExperimentRowsException;
import dev.dakora.gateway.experiments.ExperimentTooLargeException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Problems of experiments: an experiment that cannot run (400, {@code errors[]} of {@code {field, message}}),
 * an unknown experiment or dataset (404), dataset rows that do not fit a version's inputs (422,
 * {@code errors[]} of {@code {row, version, field, message}}) and one over the call limit (413).
 */
@RestControllerAdvice(assignableTypes = {ExperimentController.class, ExperimentResultController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExperimentExceptionHandler {

    @ExceptionHandler(InvalidExperimentException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidExperimentException e, ServerWebExchange exchange) {
        return Problems.entity(Problems.withErrors(Problems.problem(HttpStatus.BAD_REQUEST, e.getMessage(), exchange), e.errors()));
    }

    @ExceptionHandler(ExperimentNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ExperimentNotFoundException e, ServerWebExchange exchange) {
        return Problems.entity(Problems.problem(HttpStatus.NOT_FOUND, e.getMessage(), exchange));
    }

    @ExceptionHandler(ExperimentRowsException.class)
    ResponseEntity<ProblemDetail> misfits(ExperimentRowsException e, ServerWebExchange exchange) {
        ProblemDetail problem = Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage(), exchange);
        problem.setProperty("errors", e.misfits().stream().map(misfit -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("row", misfit.row());
            error.put("version", misfit.version());
            error.put("field", misfit.field());
            error.put("message", misfit.message());
            return error;
        }).toList());
        return Problems.entity(problem);
    }

    @ExceptionHandler(ExperimentTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(ExperimentTooLargeException e, ServerWebExchange exchange) {
        return Problems.entity(Problems.problem(HttpStatus.CONTENT_TOO_LARGE, e.getMessage(), exchange));
    }
}
