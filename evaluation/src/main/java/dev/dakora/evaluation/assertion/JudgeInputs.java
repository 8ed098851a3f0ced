package dev.dakora.evaluation.assertion;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The inputs a judge template is rendered with: {@code output} (the answer judged), {@code expected}
 * (the row's expected output, or {@code null}), {@code rubric} (the assertion's) and {@code inputs}
 * (the row's inputs, an object). A judge template declares these four, as {@link DefaultJudgeTemplate}
 * does, and its input spec coerces them like any other inputs.
 */
public final class JudgeInputs {

    private JudgeInputs() {
    }

    public static Map<String, Object> of(LlmJudge spec, EvalInput input) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("output", input.output());
        inputs.put("expected", input.expected());
        inputs.put("rubric", spec.rubric());
        inputs.put("inputs", input.inputs());
        return inputs;
    }
}
