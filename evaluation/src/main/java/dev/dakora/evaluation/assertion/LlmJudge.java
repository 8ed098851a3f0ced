package dev.dakora.evaluation.assertion;

import dev.dakora.common.template.TemplateSpec;

import java.util.Map;

/**
 * A judge model scores the output against {@code rubric}. The judge's prompt is the template
 * {@code template} (at {@code version}, or the version {@code label} points at, or the latest),
 * rendered with {@link JudgeInputs}; {@code model} answers it and {@link JudgeAnswer} reads its score.
 * The call is made by the pipeline: an evaluation receives its {@link JudgeVerdict}.
 */
public record LlmJudge(String rubric, String model, String template, String version, String label, double threshold,
                       double weight) implements AssertionSpec {

    public static final String TYPE = "llm-judge";
    public static final String DEFAULT_TEMPLATE = DefaultJudgeTemplate.ID;
    public static final double DEFAULT_THRESHOLD = 0.5;
    public static final int MAX_RUBRIC_LENGTH = 16 * 1024;

    public LlmJudge {
        Specs.nonEmpty(rubric, "rubric");
        if (rubric.length() > MAX_RUBRIC_LENGTH) {
            throw new SpecFieldException("rubric", "must be at most " + MAX_RUBRIC_LENGTH + " characters");
        }
        Specs.nonEmpty(model, "model");
        if (template == null) {
            template = DEFAULT_TEMPLATE;
        }
        TemplateSpec.idProblem(template).ifPresent(problem -> {
            throw new SpecFieldException("template", problem);
        });
        if (version != null && label != null) {
            throw new SpecFieldException("label", "give version or label, not both");
        }
        if (version != null) {
            TemplateSpec.versionProblem(version).ifPresent(problem -> {
                throw new SpecFieldException("version", problem);
            });
        }
        if (label != null && label.isBlank()) {
            throw new SpecFieldException("label", "must not be blank");
        }
        Specs.threshold(threshold);
        Specs.weight(weight);
    }

    static LlmJudge read(SpecFields f) {
        Double threshold = f.number("threshold");
        return new LlmJudge(f.requiredText("rubric"), f.requiredText("model"), f.text("template"), f.text("version"),
                f.text("label"), threshold == null ? DEFAULT_THRESHOLD : threshold, f.weight());
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = Specs.map(TYPE);
        map.put("rubric", rubric);
        map.put("model", model);
        map.put("template", template);
        if (version != null) {
            map.put("version", version);
        }
        if (label != null) {
            map.put("label", label);
        }
        map.put("threshold", threshold);
        return Specs.withWeight(map, weight);
    }
}
