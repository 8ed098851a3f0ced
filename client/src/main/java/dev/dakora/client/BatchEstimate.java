package dev.dakora.client;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a batch would cost ({@code POST /api/batches?estimate=true}); nothing was submitted. Totals are over the
 * priced models at list price; {@code lane} is the lane the batch would take and {@code batchLane} what the batch
 * lane saves.
 */
public record BatchEstimate(String templateId, String version, int rows, int renderFailures, String outputTokensAssumption,
                            List<Model> models, Totals totals, String lane, LaneSaving batchLane) {

    public BatchEstimate {
        models = models == null ? List.of() : List.copyOf(models);
    }

    /** One model's share; the costs are null when the model has no price. */
    public record Model(String model, String provider, String tokenizer, boolean tokenizerExact, long calls,
                        long inputTokens, long outputTokensAssumed, boolean priced, BigDecimal costUsdLow,
                        BigDecimal costUsdHigh) {
    }

    /** The totals over the priced models. */
    public record Totals(long calls, long inputTokens, long outputTokensAssumed, BigDecimal costUsdLow,
                         BigDecimal costUsdHigh, boolean fullyPriced, List<String> unpricedModels) {
    }

    /**
     * What the batch lane saves on {@code models} (those whose provider has a batch discount): the saving, the
     * totals less the saving, and the providers' completion window ({@code 24h}).
     */
    public record LaneSaving(String lane, List<String> models, BigDecimal savingUsdLow, BigDecimal savingUsdHigh,
                             BigDecimal costUsdLow, BigDecimal costUsdHigh, String completionWindow) {
    }
}
