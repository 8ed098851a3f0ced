package dev.dakora.cli;

import dev.dakora.client.Experiment;
import dev.dakora.client.ExperimentColumn;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The summary table of an experiment (one row per column) and the {@code --fail-under} gate over it. */
final class EvalSummary {

    private EvalSummary() {
    }

    static void print(PrintWriter out, Experiment experiment) {
        out.printf("Experiment %s (%s): %s, %d of %d calls scored, %d passed%s%n", experiment.name(), experiment.experimentId(),
                experiment.status(), experiment.scoredCalls(), experiment.totalCalls(), experiment.passed(),
                experiment.renderFailures() > 0 ? ", " + experiment.renderFailures() + " rows failed to render" : "");
        List<List<String>> rows = new ArrayList<>();
        for (ExperimentColumn column : experiment.columns()) {
            rows.add(List.of(column.version(), column.model(), String.valueOf(column.results()), percent(column.passRate()),
                    number(column.meanScore()), millis(column.p50LatencyMs()), millis(column.p95LatencyMs()),
                    usd(column.totalCostUsd()) + (column.unpricedCalls() > 0 ? " (+" + column.unpricedCalls() + " unpriced)" : ""),
                    usd(column.costPerPassUsd()), usd(column.judgeCostUsd())));
        }
        Output.table(out, List.of("VERSION", "MODEL", "RESULTS", "PASS RATE", "MEAN SCORE", "P50", "P95", "COST", "COST/PASS",
                "JUDGE COST"), rows);
    }

    /** Each column whose pass rate is under {@code rate} (a column without results is under any rate). */
    static List<String> under(Experiment experiment, double rate) {
        List<String> failing = new ArrayList<>();
        for (ExperimentColumn column : experiment.columns()) {
            if (column.passRate() == null || column.passRate() < rate) {
                failing.add(column.version() + " on " + column.model() + ": pass rate " + percent(column.passRate())
                        + " is under " + percent(rate));
            }
        }
        return failing;
    }

    static String percent(Double rate) {
        return rate == null ? "-" : String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    private static String number(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String millis(Long value) {
        return value == null ? "-" : value + " ms";
    }

    private static String usd(BigDecimal value) {
        return value == null ? "-" : "$" + value.stripTrailingZeros().toPlainString();
    }
}
