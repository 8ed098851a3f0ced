package dev.dakora.evaluation.scoring;

import dev.dakora.common.event.CallScored;
import dev.dakora.common.event.EvalContext;
import dev.dakora.common.event.JudgeContext;
import dev.dakora.common.event.JudgeOutcome;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.evaluation.assertion.AssertionResult;
import dev.dakora.evaluation.assertion.AssertionSpec;
import dev.dakora.evaluation.assertion.EvalInput;
import dev.dakora.evaluation.assertion.JudgeVerdict;
import dev.dakora.evaluation.assertion.RowEvaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the {@link CallScored} of an evaluated call from the suite's evaluation. An assertion that
 * throws does not stop the worker: the call's score is then a failure that gives the reason.
 */
public final class Scores {

    private final Clock clock;

    public Scores(Clock clock) {
        this.clock = clock;
    }

    public CallScored scored(CompiledExperiment experiment, EvalContext eval, JudgeContext done, EvalInput input) {
        Map<Integer, JudgeVerdict> verdicts = new HashMap<>();
        for (JudgeOutcome outcome : done.verdicts()) {
            verdicts.put(outcome.assertionIndex(), outcome.error() == null
                    ? JudgeVerdict.scored(outcome.score(), outcome.reason(), outcome.costUsd())
                    : JudgeVerdict.failed(outcome.error(), outcome.costUsd()));
        }
        RowEvaluation evaluation;
        try {
            evaluation = experiment.suite().evaluate(input, verdicts);
        } catch (RuntimeException e) {
            return failed(experiment, eval, done, "scoring failed: " + e);
        }
        List<Map<String, Object>> assertions = evaluation.assertions().stream().map(Scores::asMap).toList();
        return score(eval, done, evaluation.pass(), evaluation.score(), evaluation.judgeCostUsd(), assertions);
    }

    /** A score that fails every assertion with {@code reason}; judge costs already spent still count. */
    public CallScored failed(CompiledExperiment experiment, EvalContext eval, JudgeContext sofar, String reason) {
        List<AssertionSpec> specs = experiment.suite().specs();
        List<Map<String, Object>> assertions = specs.stream()
                .map(spec -> asMap(new AssertionResult(0, spec.type(), false, 0, 1, reason))).toList();
        BigDecimal judgeCost = sofar.verdicts().stream().map(JudgeOutcome::costUsd).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return score(eval, sofar, false, 0, judgeCost, assertions);
    }

    private CallScored score(EvalContext eval, JudgeContext context, boolean passed, double score, BigDecimal judgeCost,
                             List<Map<String, Object>> assertions) {
        ModelCallCompleted call = context.evaluated();
        return new CallScored(eval.experimentId(), call.callId(), call.jobId(), call.batchId(), eval.datasetRow(),
                call.rowIndex(), call.version(), call.model(), context.sample(), call.succeeded(), passed, score,
                call.latencyMs(), call.costUsd(), call.priced(), judgeCost, call.tokensIn(), call.tokensOut(),
                call.output(), call.error(), assertions, clock.instant());
    }

    private static Map<String, Object> asMap(AssertionResult result) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", result.type());
        map.put("passed", result.pass());
        map.put("score", result.score());
        map.put("weight", result.weight());
        map.put("reason", result.reason());
        return map;
    }
}
