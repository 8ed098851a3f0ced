package dev.dakora.gateway.budget;

import dev.dakora.gateway.web.Clients;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.util.List;

/** Spend against budget for the caller, answered as typed records ({@link BudgetList} of {@link BudgetItem}). */
@RestController
@Tag(name = "Budgets")
class BudgetController {

    private final Budgets budgets;

    BudgetController(Budgets budgets) {
        this.budgets = budgets;
    }

    @GetMapping("/api/budgets")
    @Operation(summary = "Budgets", description = "{\"items\":[{\"scope\":\"global\"|\"key\",\"client\",\"period\":\"day\"|\"month\","
            + "\"period_start\",\"resets_at\",\"limit_usd\",\"spent_usd\",\"remaining_usd\"}]}: the global budget and the "
            + "caller's own (by API key id; 'anonymous' when auth is off), as configured under dakora.budgets; empty when none "
            + "is set. Spend is the logged cost_usd since the period start (UTC), read at most every dakora.budgets.spend-cache.")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = BudgetList.class)))
    Mono<BudgetList> budgets(ServerWebExchange exchange) {
        return budgets.states(Clients.of(exchange)).map(BudgetItem::of).collectList().map(BudgetList::new);
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @Schema(name = "Budget", requiredProperties = {"scope", "client", "period", "period_start", "resets_at", "limit_usd",
            "spent_usd", "remaining_usd"})
    record BudgetItem(@Schema(allowableValues = {"global", "key"}) String scope, @Schema(nullable = true) String client,
                      @Schema(allowableValues = {"day", "month"}) String period, String periodStart, String resetsAt,
                      BigDecimal limitUsd, BigDecimal spentUsd, BigDecimal remainingUsd) {

        static BudgetItem of(BudgetState state) {
            return new BudgetItem(state.scope(), state.client(), state.period().wireName(), state.periodStart().toString(),
                    state.resetsAt().toString(), state.limitUsd(), state.spentUsd(), state.remainingUsd());
        }
    }

    @Schema(name = "BudgetList", requiredProperties = "items")
    record BudgetList(List<BudgetItem> items) {
    }
}
