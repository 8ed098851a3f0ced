package dev.dakora.eval.support;

import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.EvalContext;
import dev.dakora.common.event.ExperimentDefined;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Experiment definitions and call results as the gateway and the LLM worker would publish them. */
public final class Experiments {

    public static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    private Experiments() {
    }

    /** An experiment over template {@code capital-of} 1.0.0 and model {@code echo} with these assertions. */
    public static ExperimentDefined defined(String experimentId, List<Map<String, Object>> assertions) {
        return defined(experimentId, assertions, Map.of());
    }

    public static ExperimentDefined defined(String experimentId, List<Map<String, Object>> assertions,
                                            Map<String, Map<String, Object>> judgeTemplates) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("name", "capitals");
        spec.put("template", "capital-of");
        spec.put("versions", List.of("1.0.0"));
        spec.put("models", List.of("echo"));
        spec.put("dataset", Map.of("name", "capitals", "version", "1.0.0"));
        spec.put("assertions", assertions);
        return new ExperimentDefined(experimentId, "capitals", "capital-of", spec, judgeTemplates,
                Map.of("1.0.0", "batch-" + experimentId), 2, 2, AT);
    }

    public static Map<String, Object> contains(String value) {
        return Map.of("type", "contains", "value", value);
    }

    public static Map<String, Object> judge(String model) {
        return Map.of("type", "llm-judge", "rubric", "Is the capital right?", "model", model);
    }

    /** A succeeded, priced call of an experiment's row. */
    public static ModelCallCompleted result(String experimentId, String jobId, int row, String output) {
        return new ModelCallCompleted(ModelCallRequested.callId(jobId, "echo", 0), jobId, "batch-" + experimentId, row - 1,
                "capital-of", "1.0.0", "echo", "echo", CallStatus.SUCCEEDED, output, 3, 4, new BigDecimal("0.002"), true,
                25, null, 1, Map.of("country", "France"), AT, null, false, EvalContext.of(experimentId, row, "Paris"));
    }

    /** The LLM worker's answer to a judge call: its eval context copied from the call. */
    public static ModelCallCompleted answer(ModelCallRequested judgeCall, String output, BigDecimal cost) {
        return new ModelCallCompleted(judgeCall.callId(), judgeCall.jobId(), null, null, judgeCall.templateId(),
                judgeCall.version(), judgeCall.model(), "echo", CallStatus.SUCCEEDED, output, 10, 5, cost, true, 40, null,
                1, judgeCall.inputs(), AT, null, false, judgeCall.eval());
    }

    public static ModelCallCompleted failedAnswer(ModelCallRequested judgeCall, String error) {
        return new ModelCallCompleted(judgeCall.callId(), judgeCall.jobId(), null, null, judgeCall.templateId(),
                judgeCall.version(), judgeCall.model(), "openai", CallStatus.FAILED, null, 0, 0, BigDecimal.ZERO, true, 40,
                error, 3, judgeCall.inputs(), AT, null, false, judgeCall.eval());
    }
}
