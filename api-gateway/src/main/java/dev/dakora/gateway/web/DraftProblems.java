package dev.dakora.gateway.web;

import dev.dakora.common.render.RenderException;
import dev.dakora.gateway.web.DraftRenderBodies.Names;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

import java.util.Locale;

/**
 * The 422 answers of an unsaved template that fails its check ({@link DraftCheck}), whichever route
 * sent it: the draft render and a draft job answer alike.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DraftProblems {

    /** Inputs that do not fit the draft's spec: as for stored templates, plus what the text reads, so an editor can flag names before every input is filled. */
    @ExceptionHandler(DraftInputsException.class)
    ResponseEntity<ProblemDetail> invalidInputs(DraftInputsException e, ServerWebExchange exchange) {
        ProblemDetail problem = Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT,
                "inputs do not match the template's input spec: " + e.getCause().getMessage(), exchange);
        Problems.withErrors(problem, e.errors());
        names(problem, e.names());
        return Problems.entity(problem);
    }

    @ExceptionHandler(DraftRenderFailedException.class)
    ResponseEntity<ProblemDetail> failed(DraftRenderFailedException e, ServerWebExchange exchange) {
        ProblemDetail problem = Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage(), exchange);
        problem.setTitle(title(e.failure().kind()));
        problem.setProperty("render_error", e.failure().kind().name().toLowerCase(Locale.ROOT));
        e.failure().line().ifPresent(line -> problem.setProperty("line", line));
        if (e.names() != null) {
            names(problem, e.names());
        }
        return Problems.entity(problem);
    }

    private static void names(ProblemDetail problem, Names names) {
        problem.setProperty("variables", names.variables());
        problem.setProperty("undeclared", names.undeclared());
        problem.setProperty("unused", names.unused());
    }

    private static String title(RenderException.Kind kind) {
        return switch (kind) {
            case SYNTAX -> "The template does not parse";
            case UNDEFINED -> "The template reads an undefined name";
            case OUTPUT_LIMIT, LOOP_LIMIT, RECURSION_LIMIT, TIMEOUT -> "The render passed a server limit";
            case FAILED -> "The template failed while rendering";
        };
    }
}
