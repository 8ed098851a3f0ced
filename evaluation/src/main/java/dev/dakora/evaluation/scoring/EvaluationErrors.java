package dev.dakora.evaluation.scoring;

import dev.dakora.common.event.CallScored;
import dev.dakora.common.event.EvalContext;
import dev.dakora.common.event.JudgeContext;
import dev.dakora.common.event.JudgeOutcome;
import dev.dakora.common.event.ModelCallCompleted;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The score of an evaluated call that could not be evaluated (its experiment's definition does not compile,
 * scoring threw, its record could not be read whole): failed, score 0, with one assertion of type
 * {@value #TYPE} that gives the reason, so the experiment's row shows why and the experiment still completes.
 * Judge costs already spent on the call still count.
 */
public final class EvaluationErrors {

    /** The type of the one assertion of such a score. */
    public static final String TYPE = "evaluation-error";

    private final Clock clock;

    public EvaluationErrors(Clock clock) {
        this.clock = clock;
    }

    /**
     * The evaluation error of {@code result}: an evaluated call's result, or a judge call's result (the evaluated
     * call is the one its judge context carries).
     *
     * @throws IllegalArgumentException when the result belongs to no experiment
     */
    public CallScored of(ModelCallCompleted result, String reason) {
        EvalContext eval = result.eval();
        if (eval == null) {
            throw new IllegalArgumentException("the result belongs to no experiment");
        }
        JudgeContext judge = eval.judge();
        ModelCallCompleted call = judge == null ? result : judge.evaluated();
        BigDecimal judgeCost = judge == null ? BigDecimal.ZERO : judge.verdicts().stream().map(JudgeOutcome::costUsd)
                .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (judge != null && result.costUsd() != null) {
            judgeCost = judgeCost.add(result.costUsd());
        }
        int sample = judge != null ? judge.sample() : sampleOrZero(call.callId());
        return new CallScored(eval.experimentId(), call.callId(), call.jobId(), call.batchId(), eval.datasetRow(),
                call.rowIndex(), call.version(), call.model(), sample, call.succeeded(), false, 0, call.latencyMs(),
                call.costUsd(), call.priced(), judgeCost, call.tokensIn(), call.tokensOut(), call.output(), call.error(),
                List.of(assertion(reason)), clock.instant());
    }

    public static Map<String, Object> assertion(String reason) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", TYPE);
        map.put("passed", false);
        map.put("score", 0.0);
        map.put("weight", 1.0);
        map.put("reason", "evaluation error: " + reason);
        return map;
    }

    private static int sampleOrZero(String callId) {
        try {
            return CallIds.sampleOf(callId);
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }
}
