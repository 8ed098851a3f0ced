package dev.dakora.evaluation.assertion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An experiment's assertions, compiled once (patterns, schemas and paths prepared) and run on each
 * output. A row's score is the weighted mean of its assertions' scores. Without a pass threshold a row
 * passes when every assertion of non-zero weight passes; with one, when its score reaches it. A call
 * that failed fails every assertion. Thread-safe: a suite holds no per-output state.
 */
public final class AssertionSuite {

    private final List<AssertionSpec> specs;
    private final Check[] checks;
    private final Double passThreshold;
    private final List<Integer> judgeIndexes;

    private AssertionSuite(List<AssertionSpec> specs, Double passThreshold) {
        this.specs = List.copyOf(specs);
        this.passThreshold = passThreshold;
        this.checks = new Check[specs.size()];
        List<Integer> judges = new ArrayList<>();
        for (int i = 0; i < checks.length; i++) {
            checks[i] = Checks.compile(i, specs.get(i));
            if (specs.get(i) instanceof LlmJudge) {
                judges.add(i);
            }
        }
        this.judgeIndexes = List.copyOf(judges);
    }

    /**
     * @param passThreshold {@code null} for "every assertion passes", else a number from 0 to 1
     */
    public static AssertionSuite compile(List<AssertionSpec> specs, Double passThreshold) {
        if (passThreshold != null && !(passThreshold >= 0 && passThreshold <= 1)) {
            throw new IllegalArgumentException("pass_threshold must be a number from 0 to 1");
        }
        return new AssertionSuite(specs, passThreshold);
    }

    public List<AssertionSpec> specs() {
        return specs;
    }

    public Double passThreshold() {
        return passThreshold;
    }

    /** True when no assertion is an {@code llm-judge}: a row is scored from its call's result alone. */
    public boolean judgeFree() {
        return judgeIndexes.isEmpty();
    }

    /** The judge calls to make for {@code input} before it can be evaluated; empty for a failed call. */
    public List<JudgeRequest> judgeRequests(EvalInput input) {
        if (input.failed() || judgeIndexes.isEmpty()) {
            return List.of();
        }
        List<JudgeRequest> requests = new ArrayList<>(judgeIndexes.size());
        for (int index : judgeIndexes) {
            requests.add(JudgeRequest.of(index, (LlmJudge) specs.get(index), input));
        }
        return requests;
    }

    /**
     * @param verdicts the judges' verdicts by assertion index; a judge assertion without one fails
     */
    public RowEvaluation evaluate(EvalInput input, Map<Integer, JudgeVerdict> verdicts) {
        Output out = new Output(input, verdicts);
        List<AssertionResult> results = new ArrayList<>(checks.length);
        double weighted = 0;
        double totalWeight = 0;
        boolean allPass = true;
        for (int i = 0; i < checks.length; i++) {
            AssertionResult result = input.failed()
                    ? Check.fail(i, specs.get(i), "the call failed: " + input.error())
                    : checks[i].run(out);
            results.add(result);
            weighted += result.weight() * result.score();
            totalWeight += result.weight();
            allPass &= result.pass() || result.weight() == 0;
        }
        double score = input.failed() ? 0.0 : totalWeight == 0 ? 1.0 : weighted / totalWeight;
        boolean pass = !input.failed() && (passThreshold == null ? allPass : score >= passThreshold);
        return new RowEvaluation(results, score, pass, judgeCost(verdicts));
    }

    private BigDecimal judgeCost(Map<Integer, JudgeVerdict> verdicts) {
        BigDecimal total = BigDecimal.ZERO;
        if (verdicts != null) {
            for (int index : judgeIndexes) {
                JudgeVerdict verdict = verdicts.get(index);
                if (verdict != null && verdict.costUsd() != null) {
                    total = total.add(verdict.costUsd());
                }
            }
        }
        return total;
    }
}
