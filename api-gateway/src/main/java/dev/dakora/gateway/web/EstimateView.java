package dev.dakora.gateway.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.dakora.gateway.estimate.Estimate;
import dev.dakora.gateway.estimate.ModelEstimate;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.util.List;

/**
 * The answer of {@code ?estimate=true} on a job, batch or comparison: per model and in total over the
 * priced models; nothing is submitted. A batch's estimate adds its {@code lane} and what the batch lane
 * saves ({@code batch_lane}); a job's has neither.
 */
@Schema(name = "Estimate", description = "What the submission would cost; nothing is stored or sent. lane and batch_lane "
        + "only on a batch.", requiredProperties = {"estimate", "template_id", "version", "rows", "render_failures",
        "output_tokens_assumption", "models", "totals", "submitted"})
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record EstimateView(@Schema(allowableValues = "true") boolean estimate, String templateId, String version, int rows,
                    @Schema(description = "Rows whose template fails to render: their jobs would fail before any call.")
                    int renderFailures,
                    @Schema(description = "How output tokens were assumed: max_tokens, or the configured default.")
                    String outputTokensAssumption, List<ModelLine> models, Totals totals,
                    @Schema(allowableValues = "false") boolean submitted,
                    @JsonInclude(JsonInclude.Include.NON_NULL)
                    @Schema(allowableValues = {"online", "batch"}, description = "The lane the batch would take.") String lane,
                    @JsonInclude(JsonInclude.Include.NON_NULL) BatchLane batchLane) {

    static EstimateView of(Estimate estimate) {
        List<ModelEstimate> models = estimate.models();
        Totals totals = new Totals(estimate.calls(), models.stream().mapToLong(ModelEstimate::inputTokens).sum(),
                models.stream().mapToLong(ModelEstimate::outputTokens).sum(), estimate.costLow(), estimate.costHigh(),
                estimate.fullyPriced(), models.stream().filter(model -> !model.priced()).map(ModelEstimate::model).toList());
        return new EstimateView(true, estimate.templateId(), estimate.version(), estimate.rows(), estimate.renderFailures(),
                estimate.outputAssumption(), models.stream().map(ModelLine::of).toList(), totals, false, null, null);
    }

    EstimateView withLane(String chosen, BatchLane saving) {
        return new EstimateView(estimate, templateId, version, rows, renderFailures, outputTokensAssumption, models, totals,
                submitted, chosen, saving);
    }

    /** One model: {@code cost_usd_low} the prompts alone, {@code cost_usd_high} with the assumed output; null when unpriced. */
    @Schema(name = "ModelEstimate", requiredProperties = {"model", "provider", "tokenizer", "tokenizer_exact", "calls",
            "input_tokens", "output_tokens_assumed", "priced", "cost_usd_low", "cost_usd_high"})
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ModelLine(String model, String provider, String tokenizer,
                     @Schema(description = "false when the model's tokenizer is approximated") boolean tokenizerExact,
                     long calls, long inputTokens, long outputTokensAssumed, boolean priced,
                     @Schema(nullable = true) BigDecimal costUsdLow, @Schema(nullable = true) BigDecimal costUsdHigh) {

        static ModelLine of(ModelEstimate model) {
            return new ModelLine(model.model(), model.provider(), model.tokenizer(), model.tokenizerExact(), model.calls(),
                    model.inputTokens(), model.outputTokens(), model.priced(), model.costLow(), model.costHigh());
        }
    }

    /** Sums over every model; the costs over the priced ones only. */
    @Schema(name = "EstimateTotals", requiredProperties = {"calls", "input_tokens", "output_tokens_assumed", "cost_usd_low",
            "cost_usd_high", "fully_priced", "unpriced_models"})
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Totals(long calls, long inputTokens, long outputTokensAssumed, BigDecimal costUsdLow, BigDecimal costUsdHigh,
                  boolean fullyPriced, List<String> unpricedModels) {
    }

    /** What the batch lane saves on the models whose provider has a batch discount, and the totals less that saving. */
    @Schema(name = "BatchLaneEstimate", requiredProperties = {"lane", "models", "saving_usd_low", "saving_usd_high",
            "cost_usd_low", "cost_usd_high", "completion_window"})
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record BatchLane(@Schema(allowableValues = {"online", "batch"}) String lane,
                     @Schema(description = "The models whose provider has a batch discount.") List<String> models,
                     BigDecimal savingUsdLow, BigDecimal savingUsdHigh, BigDecimal costUsdLow, BigDecimal costUsdHigh,
                     String completionWindow) {
    }
}
