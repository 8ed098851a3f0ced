package dev.dakora.evaluation.experiment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sums an experiment's grid (rows x (template version, model) x samples) into one summary per column.
 * Each (row, column, sample) must appear once: a result given twice is refused rather than counted,
 * and so billed, twice.
 */
public final class ExperimentAggregator {

    static final int COST_SCALE = 10;

    private ExperimentAggregator() {
    }

    public static ExperimentSummary summarize(Collection<ScoredResult> results) {
        Map<ColumnKey, List<ScoredResult>> columns = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (ScoredResult result : results) {
            if (!seen.add(result.row() + "\u0000" + result.templateVersion() + "\u0000" + result.model() + "\u0000" + result.sample())) {
                throw new IllegalArgumentException("row " + result.row() + ", sample " + result.sample() + " of "
                        + result.templateVersion() + " on " + result.model() + " is given twice");
            }
            columns.computeIfAbsent(result.column(), key -> new ArrayList<>()).add(result);
        }
        List<ColumnSummary> summaries = new ArrayList<>(columns.size());
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal judges = BigDecimal.ZERO;
        for (Map.Entry<ColumnKey, List<ScoredResult>> column : columns.entrySet()) {
            ColumnSummary summary = column(column.getKey(), column.getValue());
            summaries.add(summary);
            total = total.add(summary.totalCostUsd());
            judges = judges.add(summary.judgeCostUsd());
        }
        return new ExperimentSummary(summaries, results.size(), total, judges);
    }

    private static ColumnSummary column(ColumnKey key, List<ScoredResult> results) {
        int passed = 0;
        int failedCalls = 0;
        int unpriced = 0;
        double scores = 0;
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal judgeCost = BigDecimal.ZERO;
        long[] latencies = new long[results.size()];
        for (int i = 0; i < latencies.length; i++) {
            ScoredResult result = results.get(i);
            passed += result.pass() ? 1 : 0;
            failedCalls += result.succeeded() ? 0 : 1;
            scores += result.score();
            latencies[i] = result.latencyMs();
            if (result.costUsd() == null) {
                unpriced++;
            } else {
                cost = cost.add(result.costUsd());
            }
            judgeCost = judgeCost.add(result.judgeCostUsd());
        }
        Arrays.sort(latencies);
        int n = results.size();
        BigDecimal perPassing = passed == 0 ? null : cost.divide(BigDecimal.valueOf(passed), COST_SCALE, RoundingMode.HALF_EVEN);
        return new ColumnSummary(key.templateVersion(), key.model(), n, passed, failedCalls, (double) passed / n,
                scores / n, percentile(latencies, 50), percentile(latencies, 95), cost, unpriced, perPassing, judgeCost);
    }

    /** The nearest-rank percentile of sorted values: the smallest value with at least p% at or below it. */
    static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
