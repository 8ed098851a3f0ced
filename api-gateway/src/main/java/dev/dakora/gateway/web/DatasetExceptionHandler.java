package dev.dakora.gateway.web;

import dev.dakora.evaluation.dataset.DatasetTooLargeException;
import dev.dakora.evaluation.dataset.InvalidDatasetException;
import dev.dakora.evaluation.dataset.RowError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Problems of dataset uploads: rows that cannot be read (400) or do not fit the template (422), each
 * listed in {@code errors} as {@code {"row","line","field","message"}}, and uploads over a bound (413).
 */
@RestControllerAdvice(assignableTypes = {DatasetController.class, DatasetBatchController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatasetExceptionHandler {

    @ExceptionHandler(InvalidDatasetException.class)
    ResponseEntity<ProblemDetail> unreadable(InvalidDatasetException e, ServerWebExchange exchange) {
        return rows(HttpStatus.BAD_REQUEST, e.getMessage(), e.errors(), exchange);
    }

    @ExceptionHandler(DatasetInputsException.class)
    ResponseEntity<ProblemDetail> misfits(DatasetInputsException e, ServerWebExchange exchange) {
        return rows(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage(), e.errors(), exchange);
    }

    @ExceptionHandler(DatasetTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(DatasetTooLargeException e, ServerWebExchange exchange) {
        return Problems.entity(Problems.problem(HttpStatus.CONTENT_TOO_LARGE, e.getMessage(), exchange));
    }

    private static ResponseEntity<ProblemDetail> rows(HttpStatus status, String detail, List<RowError> errors,
                                                      ServerWebExchange exchange) {
        ProblemDetail problem = Problems.problem(status, detail, exchange);
        problem.setProperty("errors", errors.stream().map(DatasetExceptionHandler::error).toList());
        return Problems.entity(problem);
    }

    private static Map<String, Object> error(RowError error) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("row", error.row());
        map.put("line", error.line());
        map.put("field", error.field());
        map.put("message", error.message());
        return map;
    }
}
