package dev.dakora.evaluation.assertion;

import java.util.Map;

/**
 * One judge call the pipeline makes for one output: render {@code template} (at {@code version} or
 * {@code label}, the latest when both are null) with {@code inputs}, send it to {@code model}, read the
 * answer with {@link JudgeAnswer}, and give the verdict back under {@code assertionIndex}.
 */
public record JudgeRequest(int assertionIndex, String model, String template, String version, String label,
                           Map<String, Object> inputs) {

    public JudgeRequest {
        inputs = dev.dakora.common.value.Values.normalizeMap(inputs);
    }

    static JudgeRequest of(int index, LlmJudge spec, EvalInput input) {
        return new JudgeRequest(index, spec.model(), spec.template(), spec.version(), spec.label(),
                JudgeInputs.of(spec, input));
    }
}
