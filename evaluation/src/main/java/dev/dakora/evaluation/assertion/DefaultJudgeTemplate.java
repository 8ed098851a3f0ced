package dev.dakora.evaluation.assertion;

import dev.dakora.common.template.InputSpec;
import dev.dakora.common.template.InputType;
import dev.dakora.common.template.TemplateSpec;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The judge prompt used when an {@code llm-judge} assertion names no template: it asks for a JSON
 * answer {@code {"score": 0..1, "reason": "..."}}, which {@link JudgeAnswer} reads. It is an ordinary
 * template, stored in the registry under {@link #ID} like any other.
 */
public final class DefaultJudgeTemplate {

    public static final String ID = "llm-judge";

    static final String TEXT = """
            You are grading an answer produced by an AI model.

            Rubric:
            {{ rubric }}

            {% if inputs %}The model was given these inputs:
            {% for name, value in inputs.items() %}- {{ name }}: {{ value }}
            {% endfor %}
            {% endif %}{% if expected %}A reference answer:
            <reference>
            {{ expected }}
            </reference>

            {% endif %}The answer to grade:
            <answer>
            {{ output }}
            </answer>

            Grade the answer against the rubric only. Reply with one JSON object and nothing else:
            {"score": <a number from 0 to 1>, "reason": "<one sentence>"}
            """;

    private DefaultJudgeTemplate() {
    }

    public static TemplateSpec spec() {
        Map<String, InputSpec> inputs = new LinkedHashMap<>();
        inputs.put("output", new InputSpec(InputType.STRING, true, null, "the answer being graded"));
        inputs.put("expected", new InputSpec(InputType.STRING, false, null, "the reference answer, if any"));
        inputs.put("rubric", new InputSpec(InputType.STRING, true, null, "what a good answer is"));
        inputs.put("inputs", new InputSpec(InputType.OBJECT, false, Map.of(), "the inputs of the graded call"));
        return new TemplateSpec(ID, TemplateSpec.DEFAULT_VERSION, "Grades a model's answer against a rubric",
                TEXT, inputs, Map.of("tags", java.util.List.of("evaluation", "judge")));
    }
}
