package dev.dakora.evaluation.assertion;

import java.math.BigDecimal;

/**
 * What a judge call concluded about one output: a score in [0, 1] and the judge's reason, or an error
 * when the judge call failed or its answer held no score. Its cost is the judge call's, reported apart
 * from the evaluated call's.
 *
 * @param costUsd {@code null} when the judge model has no price
 */
public record JudgeVerdict(double score, String reason, BigDecimal costUsd, String error) {

    public JudgeVerdict {
        if (error == null && (!Double.isFinite(score) || score < 0 || score > 1)) {
            throw new IllegalArgumentException("score must be a number from 0 to 1");
        }
        if (error != null) {
            score = 0;
        }
    }

    public static JudgeVerdict scored(double score, String reason, BigDecimal costUsd) {
        return new JudgeVerdict(score, reason, costUsd, null);
    }

    public static JudgeVerdict failed(String error, BigDecimal costUsd) {
        if (error == null || error.isBlank()) {
            throw new IllegalArgumentException("a failed verdict needs an error");
        }
        return new JudgeVerdict(0, null, costUsd, error);
    }

    public boolean failed() {
        return error != null;
    }
}
