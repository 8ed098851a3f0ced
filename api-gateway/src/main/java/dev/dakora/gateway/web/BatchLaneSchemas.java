package dev.dakora.gateway.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** The batch lane in the OpenAPI document: a batch's params, and the estimate of {@code ?estimate=true} with its saving. */
final class BatchLaneSchemas {

    static final String LANE = "online: each call sent at once; batch: through the providers' batch APIs (OpenAI, "
            + "Anthropic) at their discount, finished within 24 h; auto: batch above dakora.lane.auto-above-calls calls, "
            + "else online. Without one a batch runs online (auto when that setting is above 0).";
    static final String LANE_QUERY = "The batch's lane (wins over params.lane): " + LANE;
    static final String ESTIMATE_QUERY = "true: answer the cost estimate (and the batch lane's saving) and submit nothing";

    private BatchLaneSchemas() {
    }

    @Schema(name = "BatchParams", description = "temperature, max_tokens and top_p, checked; lane, how the calls reach "
            + "the providers; any other key passes through to the provider unchanged (open).")
    record Params(Double temperature, Integer maxTokens, Double topP,
                  @Schema(description = LANE, allowableValues = {"online", "batch", "auto"}) String lane) {
    }

    @Schema(name = "BatchLaneSaving", description = "What the batch lane saves: models are those whose provider has a "
            + "batch discount; cost_usd_low/high are the estimate's totals less the saving; the provider batches finish "
            + "within completion_window.", requiredProperties = {"lane", "models", "saving_usd_low", "saving_usd_high",
            "cost_usd_low", "cost_usd_high", "completion_window"})
    record Saving(@Schema(description = "The lane the batch would take.", allowableValues = {"online", "batch"}) String lane,
                  List<String> models, BigDecimal savingUsdLow, BigDecimal savingUsdHigh, BigDecimal costUsdLow,
                  BigDecimal costUsdHigh, @Schema(allowableValues = "24h") String completionWindow) {
    }

    @Schema(name = "BatchEstimateModel", description = "One model's share; costs are null when the model has no price.",
            requiredProperties = {"model", "provider", "tokenizer", "tokenizer_exact", "calls", "input_tokens",
                    "output_tokens_assumed", "priced", "cost_usd_low", "cost_usd_high"})
    record Model(String model, String provider, String tokenizer, boolean tokenizerExact, long calls, long inputTokens,
                 long outputTokensAssumed, boolean priced, @Schema(nullable = true) BigDecimal costUsdLow,
                 @Schema(nullable = true) BigDecimal costUsdHigh) {
    }

    @Schema(name = "BatchEstimateTotals", description = "Over the priced models, at list price.",
            requiredProperties = {"calls", "input_tokens", "output_tokens_assumed", "cost_usd_low", "cost_usd_high",
                    "fully_priced", "unpriced_models"})
    record Totals(long calls, long inputTokens, long outputTokensAssumed, BigDecimal costUsdLow, BigDecimal costUsdHigh,
                  boolean fullyPriced, List<String> unpricedModels) {
    }

    @Schema(name = "BatchEstimate", description = "?estimate=true: what the batch would cost; nothing submitted.",
            requiredProperties = {"estimate", "template_id", "version", "rows", "render_failures",
                    "output_tokens_assumption", "models", "totals", "submitted", "lane", "batch_lane"})
    record Estimate(@Schema(allowableValues = "true") boolean estimate, String templateId, String version, int rows,
                    int renderFailures, String outputTokensAssumption, List<Model> models, Totals totals,
                    @Schema(allowableValues = "false") boolean submitted,
                    @Schema(allowableValues = {"online", "batch"}) String lane, Saving batchLane) {
    }
}
