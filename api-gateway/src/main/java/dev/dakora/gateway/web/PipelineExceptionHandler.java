package dev.dakora.gateway.web;

import dev.dakora.gateway.domain.InvalidRowsException;
import dev.dakora.gateway.domain.TooManyRequestsException;
import dev.dakora.gateway.messaging.KafkaUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Problem details of the job, batch and compare routes (ahead of {@link ApiExceptionHandler}'s catch-all). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PipelineExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PipelineExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, ServerWebExchange exchange) {
        return Problems.entity(Problems.problem(HttpStatus.NOT_FOUND, e.getMessage(), exchange));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e, ServerWebExchange exchange) {
        return Problems.entity(Problems.problem(HttpStatus.CONFLICT, e.getMessage(), exchange));
    }

    @ExceptionHandler(InvalidRowsException.class)
    ResponseEntity<ProblemDetail> invalidRows(InvalidRowsException e, ServerWebExchange exchange) {
        ProblemDetail problem = Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage(), exchange);
        List<Map<String, Object>> errors = e.rows().stream().flatMap(row -> row.errors().stream().map(error -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("row_index", row.rowIndex());
            entry.put("field", error.field());
            entry.put("message", error.message());
            return entry;
        })).toList();
        problem.setProperty("errors", errors);
        return Problems.entity(problem);
    }

    @ExceptionHandler(KafkaUnavailableException.class)
    ResponseEntity<ProblemDetail> kafkaDown(KafkaUnavailableException e, ServerWebExchange exchange) {
        log.warn("submission refused, Kafka unavailable: {}", e.getMessage());
        ProblemDetail problem = Problems.problem(HttpStatus.SERVICE_UNAVAILABLE,
                "the job queue (Kafka) is unavailable, so nothing was accepted; retry later", exchange);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(Problems.PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds()))).body(problem);
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException e, ServerWebExchange exchange) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(Problems.PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(Problems.problem(HttpStatus.TOO_MANY_REQUESTS, e.getMessage(), exchange));
    }

    @ExceptionHandler(CompareTimeoutException.class)
    ResponseEntity<ProblemDetail> compareTimeout(CompareTimeoutException e, ServerWebExchange exchange) {
        ProblemDetail problem = Problems.problem(HttpStatus.GATEWAY_TIMEOUT, e.getMessage(), exchange);
        problem.setProperty("job_id", e.jobId());
        return Problems.entity(problem);
    }

    @ExceptionHandler(CompareFailedException.class)
    ResponseEntity<ProblemDetail> compareFailed(CompareFailedException e, ServerWebExchange exchange) {
        ProblemDetail problem = Problems.problem(e.status(), e.getMessage(), exchange);
        problem.setProperty("job_id", e.jobId());
        return Problems.entity(problem);
    }
}
