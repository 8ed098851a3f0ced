package dev.dakora.evaluation.experiment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares a candidate experiment with a baseline row by row. A row whose share of passing samples
 * fell regressed (rose: improved); with the same share, a mean score that moved by more than the
 * tolerance decides; otherwise the row is unchanged. Give each side the results of the columns to
 * compare, e.g. {@code version 1.0.0 on gpt-4o} against {@code 1.1.0 on gpt-4o}.
 */
public final class ExperimentComparator {

    private ExperimentComparator() {
    }

    /**
     * @param scoreTolerance how far a mean score may move, from 0 to 1, before it counts
     */
    public static ExperimentComparison compare(Collection<ScoredResult> baseline, Collection<ScoredResult> candidate,
                                               double scoreTolerance) {
        if (!(scoreTolerance >= 0 && scoreTolerance <= 1)) {
            throw new IllegalArgumentException("score_tolerance must be a number from 0 to 1");
        }
        Map<Integer, double[]> before = byRow(baseline);
        Map<Integer, double[]> after = byRow(candidate);
        TreeSet<Integer> rows = new TreeSet<>(before.keySet());
        rows.addAll(after.keySet());
        List<RowDelta> deltas = new ArrayList<>(rows.size());
        Map<RowChange, Integer> counts = new EnumMap<>(RowChange.class);
        for (int row : rows) {
            RowDelta delta = delta(row, before.get(row), after.get(row), scoreTolerance);
            deltas.add(delta);
            counts.merge(delta.change(), 1, Integer::sum);
        }
        return new ExperimentComparison(deltas, counts.getOrDefault(RowChange.REGRESSED, 0),
                counts.getOrDefault(RowChange.IMPROVED, 0), counts.getOrDefault(RowChange.UNCHANGED, 0),
                counts.getOrDefault(RowChange.ONLY_BASELINE, 0), counts.getOrDefault(RowChange.ONLY_CANDIDATE, 0));
    }

    /** The results of one column only. */
    public static List<ScoredResult> column(Collection<ScoredResult> results, ColumnKey column) {
        return results.stream().filter(result -> result.column().equals(column)).toList();
    }

    private static RowDelta delta(int row, double[] before, double[] after, double tolerance) {
        if (after == null) {
            return new RowDelta(row, RowChange.ONLY_BASELINE, before[0], null, before[1], null, null);
        }
        if (before == null) {
            return new RowDelta(row, RowChange.ONLY_CANDIDATE, null, after[0], null, after[1], null);
        }
        double scoreDelta = after[1] - before[1];
        RowChange change;
        if (after[0] != before[0]) {
            change = after[0] < before[0] ? RowChange.REGRESSED : RowChange.IMPROVED;
        } else if (Math.abs(scoreDelta) > tolerance + 1e-9) {
            change = scoreDelta < 0 ? RowChange.REGRESSED : RowChange.IMPROVED;
        } else {
            change = RowChange.UNCHANGED;
        }
        return new RowDelta(row, change, before[0], after[0], before[1], after[1], scoreDelta);
    }

    /** Per row: {pass rate, mean score} over its results. */
    private static Map<Integer, double[]> byRow(Collection<ScoredResult> results) {
        Map<Integer, double[]> sums = new TreeMap<>();
        for (ScoredResult result : results) {
            double[] sum = sums.computeIfAbsent(result.row(), row -> new double[3]);
            sum[0] += result.pass() ? 1 : 0;
            sum[1] += result.score();
            sum[2]++;
        }
        sums.replaceAll((row, sum) -> new double[]{sum[0] / sum[2], sum[1] / sum[2]});
        return sums;
    }
}
