package dev.dakora.gateway.web;

import dev.dakora.common.render.RenderException;
import dev.dakora.common.template.InvalidInputException;
import dev.dakora.common.template.InvalidSpecException;
import dev.dakora.registry.TemplateExistsException;
import dev.dakora.registry.TemplateNotFoundException;
import dev.dakora.registry.VersionConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.bind.support.WebExchangeBindException;
import reactor.core.publisher.Mono;

import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;

/**
 * Maps every failure a request can cause to a problem detail with the status of the API contract.
 * Errors of the framework (405, 415, 404 for an unknown path) keep the base class's answers.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(TemplateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(TemplateNotFoundException e, ServerWebExchange exchange) {
        return Problems.entity(Problems.problem(HttpStatus.NOT_FOUND, e.getMessage(), exchange));
    }

    @ExceptionHandler({TemplateExistsException.class, VersionConflictException.class})
    ResponseEntity<ProblemDetail> conflict(RuntimeException e, ServerWebExchange exchange) {
        return Problems.entity(Problems.problem(HttpStatus.CONFLICT, e.getMessage(), exchange));
    }

    @ExceptionHandler(InvalidSpecException.class)
    ResponseEntity<ProblemDetail> invalidSpec(InvalidSpecException e, ServerWebExchange exchange) {
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, e.getMessage(), exchange);
        return Problems.entity(Problems.withErrors(problem, e.errors()));
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalidRequest(InvalidRequestException e, ServerWebExchange exchange) {
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, e.getMessage(), exchange);
        return Problems.entity(Problems.withErrors(problem, e.errors()));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e, ServerWebExchange exchange) {
        ProblemDetail problem = Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT,
                "inputs do not match the template's input spec: " + e.getMessage(), exchange);
        return Problems.entity(Problems.withErrors(problem, e.errors()));
    }

    @ExceptionHandler(RenderException.class)
    ResponseEntity<ProblemDetail> renderFailed(RenderException e, ServerWebExchange exchange) {
        ProblemDetail problem = Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, RenderFailures.detail(e), exchange);
        problem.setProperty("render_error", e.kind().name().toLowerCase(java.util.Locale.ROOT));
        e.line().ifPresent(line -> problem.setProperty("line", line));
        return Problems.entity(problem);
    }

    @ExceptionHandler(DataBufferLimitException.class)
    ResponseEntity<ProblemDetail> tooLarge(DataBufferLimitException e, ServerWebExchange exchange) {
        return Problems.entity(Problems.problem(HttpStatus.CONTENT_TOO_LARGE, TooLarge.detail(e), exchange));
    }

    /** Every render thread is busy and their queue is full: a burst of renders answers 429, not 500. */
    @ExceptionHandler(RejectedExecutionException.class)
    ResponseEntity<ProblemDetail> busy(RejectedExecutionException e, ServerWebExchange exchange) {
        ProblemDetail problem = Problems.problem(HttpStatus.TOO_MANY_REQUESTS,
                "the server is rendering as many templates as it queues; retry later", exchange);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(Problems.PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, "1").body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, ServerWebExchange exchange) {
        log.error("unexpected failure on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), e);
        return Problems.entity(Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "the server failed to handle this request; it has been logged", exchange));
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException e, HttpHeaders headers,
                                                                        HttpStatusCode status, ServerWebExchange exchange) {
        if (TooLarge.hasCause(e, DataBufferLimitException.class)) {
            return Mono.just(ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(Problems.PROBLEM_JSON)
                    .body(Problems.problem(HttpStatus.CONTENT_TOO_LARGE, TooLarge.detail(e), exchange)));
        }
        Optional<InvalidRequestException> refused = BodyProblems.of(e);
        if (refused.isPresent()) {
            return Mono.just(ResponseEntity.badRequest().contentType(Problems.PROBLEM_JSON)
                    .body(BodyProblems.problem(refused.get(), exchange)));
        }
        String detail = TooLarge.hasCause(e, DecodingException.class)
                ? "the request body is not valid JSON of the expected shape: " + JsonErrors.summary(e)
                : e.getReason() == null ? "the request is not valid" : e.getReason();
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, detail, exchange);
        return Mono.just(ResponseEntity.badRequest().contentType(Problems.PROBLEM_JSON).body(problem));
    }

    /** A body record that breaks its Bean Validation constraints: 400 naming each field. */
    @Override
    protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException e, HttpHeaders headers,
                                                                         HttpStatusCode status, ServerWebExchange exchange) {
        return Mono.just(ResponseEntity.badRequest().contentType(Problems.PROBLEM_JSON)
                .body(BodyProblems.problem(BodyProblems.of(e.getBindingResult()), exchange)));
    }

    /** A body over a limit, as the codecs report it (a 413 status exception): the limit's own message. */
    @Override
    protected Mono<ResponseEntity<Object>> handleResponseStatusException(ResponseStatusException e, HttpHeaders headers,
                                                                        HttpStatusCode status, ServerWebExchange exchange) {
        if (status.value() == HttpStatus.CONTENT_TOO_LARGE.value()) {
            return Mono.just(ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(Problems.PROBLEM_JSON)
                    .body(Problems.problem(HttpStatus.CONTENT_TOO_LARGE, TooLarge.detail(e), exchange)));
        }
        return super.handleResponseStatusException(e, headers, status, exchange);
    }

    /** Framework errors (404 path, 405, 406, 413, 415) sometimes carry no detail: give them one. */
    @Override
    protected Mono<ResponseEntity<Object>> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                               ServerWebExchange exchange) {
        if (body instanceof ProblemDetail problem && (problem.getDetail() == null || problem.getDetail().isBlank())) {
            problem.setDetail(FrameworkDetails.of(status));
        }
        return super.createResponseEntity(body, headers, status, exchange);
    }
}
