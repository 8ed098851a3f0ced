package dev.dakora.evaluation.assertion;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How two texts are compared, each giving a score in [0, 1]: {@code levenshtein} is
 * {@code 1 - distance / max(length)} over code points; {@code rouge-l} is the F1 of the longest common
 * subsequence of lower-cased word tokens.
 */
public enum SimilarityMetric {
    LEVENSHTEIN("levenshtein"), ROUGE_L("rouge-l");

    private final String wireName;

    SimilarityMetric(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    static SimilarityMetric read(SpecFields f) {
        String text = f.text("metric");
        if (text == null) {
            return ROUGE_L;
        }
        for (SimilarityMetric metric : values()) {
            if (metric.wireName.equals(text)) {
                return metric;
            }
        }
        throw new SpecFieldException("metric", "must be levenshtein or rouge-l");
    }
}
