package dev.dakora.gateway.budget;

import dev.dakora.gateway.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

/**
 * A budget that would be exceeded is 402 Payment Required: unlike the submission limits' 429 it does
 * not pass by retrying soon, only when the period resets or the limit is raised.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BudgetExceptionHandler {

    @ExceptionHandler(BudgetExceededException.class)
    ResponseEntity<ProblemDetail> exceeded(BudgetExceededException e, ServerWebExchange exchange) {
        ProblemDetail problem = Problems.problem(HttpStatus.PAYMENT_REQUIRED, e.getMessage(), exchange);
        BudgetState state = e.state();
        problem.setProperty("scope", state.scope());
        problem.setProperty("client", state.client());
        problem.setProperty("period", state.period().wireName());
        problem.setProperty("period_start", state.periodStart().toString());
        problem.setProperty("resets_at", state.resetsAt().toString());
        problem.setProperty("limit_usd", state.limitUsd());
        problem.setProperty("spent_usd", state.spentUsd());
        problem.setProperty("estimate_usd", e.estimateUsd());
        return Problems.entity(problem);
    }
}
