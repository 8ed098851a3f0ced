package dev.dakora.gateway.estimate;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a submission would cost if it were run: per model, and in total over the priced models.
 *
 * @param rows           the input rows (one for a job or comparison)
 * @param renderFailures rows whose template fails to render: their jobs would fail before any call
 * @param outputAssumption how the output tokens were assumed
 */
public record Estimate(String templateId, String version, int rows, int renderFailures, String outputAssumption,
                       List<ModelEstimate> models) {

    public Estimate {
        models = List.copyOf(models);
    }

    public long calls() {
        return models.stream().mapToLong(ModelEstimate::calls).sum();
    }

    public boolean fullyPriced() {
        return models.stream().allMatch(ModelEstimate::priced);
    }

    /** The high cost over the priced models: what a budget is checked against. */
    public BigDecimal costHigh() {
        return models.stream().filter(ModelEstimate::priced).map(ModelEstimate::costHigh).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal costLow() {
        return models.stream().filter(ModelEstimate::priced).map(ModelEstimate::costLow).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
