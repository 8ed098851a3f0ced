package dev.dakora.evaluation.assertion;

import java.util.Map;

/**
 * The output is similar to {@code value}, or to the row's expected output when {@code value} is
 * absent: the metric's score is the assertion's score, and it passes at {@code threshold} or above.
 */
public record Similar(String value, SimilarityMetric metric, double threshold, double weight) implements AssertionSpec {

    public static final String TYPE = "similar";
    public static final double DEFAULT_THRESHOLD = 0.75;

    public Similar {
        if (metric == null) {
            metric = SimilarityMetric.ROUGE_L;
        }
        Specs.threshold(threshold);
        Specs.weight(weight);
    }

    static Similar read(SpecFields f) {
        Double threshold = f.number("threshold");
        return new Similar(f.text("value"), SimilarityMetric.read(f), threshold == null ? DEFAULT_THRESHOLD : threshold,
                f.weight());
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = Specs.map(TYPE);
        if (value != null) {
            map.put("value", value);
        }
        map.put("metric", metric.wireName());
        map.put("threshold", threshold);
        return Specs.withWeight(map, weight);
    }
}
