package dev.dakora.common.event;

import java.math.BigDecimal;

/**
 * What one judge call concluded, as it travels between judge calls: a score in [0, 1] with the judge's
 * reason, or the error that made the verdict fail. The cost is the judge call's ({@code null} unpriced).
 */
public record JudgeOutcome(int assertionIndex, double score, String reason, BigDecimal costUsd, String error) {

    public JudgeOutcome {
        if (assertionIndex < 0) {
            throw new IllegalArgumentException("assertion_index must not be negative");
        }
        if (error == null && (!Double.isFinite(score) || score < 0 || score > 1)) {
            throw new IllegalArgumentException("score must be a number from 0 to 1");
        }
    }
}
