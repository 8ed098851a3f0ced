package dev.dakora.gateway.estimate;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    public Map<String, Object> toMap() {
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("calls", calls());
        totals.put("input_tokens", models.stream().mapToLong(ModelEstimate::inputTokens).sum());
        totals.put("output_tokens_assumed", models.stream().mapToLong(ModelEstimate::outputTokens).sum());
        totals.put("cost_usd_low", costLow());
        totals.put("cost_usd_high", costHigh());
        totals.put("fully_priced", fullyPriced());
        totals.put("unpriced_models", models.stream().filter(model -> !model.priced()).map(ModelEstimate::model).toList());
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("estimate", true);
        map.put("template_id", templateId);
        map.put("version", version);
        map.put("rows", rows);
        map.put("render_failures", renderFailures);
        map.put("output_tokens_assumption", outputAssumption);
        map.put("models", models.stream().map(ModelEstimate::toMap).toList());
        map.put("totals", totals);
        map.put("submitted", false);
        return map;
    }
}
