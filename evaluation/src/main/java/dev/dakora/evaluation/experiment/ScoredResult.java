package dev.dakora.evaluation.experiment;

import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.evaluation.assertion.RowEvaluation;

import java.math.BigDecimal;

/**
 * One cell of an experiment's grid: dataset row {@code row}, run with {@code templateVersion} on
 * {@code model}, sample {@code sample}, and how its output was scored.
 *
 * @param costUsd      the evaluated call's price; {@code null} when the model has no price
 * @param judgeCostUsd what the judge calls for this output cost, kept apart from {@code costUsd}
 * @param succeeded    whether the evaluated call itself succeeded
 */
public record ScoredResult(int row, String templateVersion, String model, int sample, boolean pass, double score,
                           long latencyMs, BigDecimal costUsd, BigDecimal judgeCostUsd, boolean succeeded) {

    public ScoredResult {
        if (row < 1) {
            throw new IllegalArgumentException("row must be at least 1");
        }
        if (sample < 0) {
            throw new IllegalArgumentException("sample must not be negative");
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be a number from 0 to 1");
        }
        if (latencyMs < 0) {
            throw new IllegalArgumentException("latency_ms must not be negative");
        }
        if (judgeCostUsd == null) {
            judgeCostUsd = BigDecimal.ZERO;
        }
        new ColumnKey(templateVersion, model);
    }

    public static ScoredResult of(int row, int sample, ModelCallCompleted call, RowEvaluation evaluation) {
        return new ScoredResult(row, call.version(), call.model(), sample, evaluation.pass(), evaluation.score(),
                call.latencyMs(), call.costUsd(), evaluation.judgeCostUsd(), call.succeeded());
    }

    public ColumnKey column() {
        return new ColumnKey(templateVersion, model);
    }
}
