package dev.dakora.bench;

import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.EvalContext;
import dev.dakora.common.event.ExperimentDefined;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.template.InputSpec;
import dev.dakora.common.template.InputType;
import dev.dakora.common.template.TemplateDocuments;
import dev.dakora.common.template.TemplateSpec;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The experiments the evaluation benchmarks score: three deterministic assertions (a case-insensitive
 * search for any of three words, a regular expression, a word count), optionally followed by one
 * {@code llm-judge} whose template answers with a JSON score, so an echo model's answer is the verdict.
 */
final class EvalFixtures {

    static final String JUDGE_TEMPLATE = "bench-judge";
    static final String RUBRIC = "The summary names the item and stays short";
    static final Instant AT = Instant.parse("2026-12-05T04:00:00Z");

    /** 570 characters, as a short model answer. */
    static final String OUTPUT = "Summary of item row-417: the quarterly report shows revenue up 12% year on year, "
            + "driven by the subscription tier, while support costs fell after the new self-service portal launched. "
            + "Risks: two large customers renew in March and the EU pricing change is still under review. "
            + "Recommendation: keep the hiring plan, move the pricing decision to the next board meeting, and "
            + "publish the portal metrics monthly so that the support savings can be tracked against the target. "
            + "Confidence: medium; the revenue figure is final, the cost figure is an estimate until the audit closes.";

    private EvalFixtures() {
    }

    static List<Map<String, Object>> deterministicAssertions() {
        List<Map<String, Object>> assertions = new ArrayList<>();
        assertions.add(Map.of("type", "icontains-any", "values", List.of("summary", "summarise", "overview")));
        assertions.add(Map.of("type", "regex", "value", "row-[0-9]+"));
        assertions.add(Map.of("type", "length", "min", 3, "max", 400, "unit", "words"));
        return assertions;
    }

    static List<Map<String, Object>> judgedAssertions() {
        List<Map<String, Object>> assertions = deterministicAssertions();
        assertions.add(Map.of("type", "llm-judge", "rubric", RUBRIC, "model", "echo/judge", "template", JUDGE_TEMPLATE));
        return assertions;
    }

    /** A judge template whose text is a JSON score: an echo model answers with the verdict itself. */
    static TemplateSpec judgeTemplate() {
        Map<String, InputSpec> inputs = new LinkedHashMap<>();
        inputs.put("output", new InputSpec(InputType.STRING, true, null, "the answer being graded"));
        inputs.put("expected", new InputSpec(InputType.STRING, false, null, "the reference answer"));
        inputs.put("rubric", new InputSpec(InputType.STRING, true, null, "what a good answer is"));
        inputs.put("inputs", new InputSpec(InputType.OBJECT, false, Map.of(), "the graded call's inputs"));
        return new TemplateSpec(JUDGE_TEMPLATE, "1.0.0", null, judgeText(), inputs, Map.of());
    }

    static String judgeText() {
        return "{\"score\": 0.9, \"reason\": \"{{ output | length }} characters graded against: {{ rubric }}\"}";
    }

    static ExperimentDefined defined(String experimentId, List<Map<String, Object>> assertions) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("name", "eval-bench");
        spec.put("template", "bench-eval");
        spec.put("versions", List.of("1.0.0"));
        spec.put("models", List.of("echo", "echo/b", "echo/c"));
        spec.put("dataset", Map.of("name", "eval-bench", "version", "1"));
        spec.put("assertions", assertions);
        Map<String, Map<String, Object>> judges = assertions.size() > 3
                ? Map.of("3", TemplateDocuments.toMap(judgeTemplate())) : Map.of();
        return new ExperimentDefined(experimentId, "eval-bench", "bench-eval", spec, judges,
                Map.of("1.0.0", "batch-" + experimentId), 1000, 3000, AT);
    }

    /** A succeeded, priced call of row {@code row} with {@link #OUTPUT} as its answer. */
    static ModelCallCompleted result(String experimentId, int row) {
        String job = "job-" + row;
        return new ModelCallCompleted(ModelCallRequested.callId(job, "echo/b", 0), job, "batch-" + experimentId, row - 1,
                "bench-eval", "1.0.0", "echo/b", "echo", CallStatus.SUCCEEDED, OUTPUT, 120, 140,
                new BigDecimal("0.000120"), true, 3, null, 1, Map.of("item", "row-" + row), AT, null, false,
                EvalContext.of(experimentId, row, null));
    }

    /** The echo model's answer to a judge call: the rendered prompt, the call's eval context copied. */
    static ModelCallCompleted judgeAnswer(ModelCallRequested judgeCall) {
        return new ModelCallCompleted(judgeCall.callId(), judgeCall.jobId(), null, null, judgeCall.templateId(),
                judgeCall.version(), judgeCall.model(), "echo", CallStatus.SUCCEEDED, judgeCall.prompt(), 30, 30,
                BigDecimal.ZERO, true, 1, null, 1, judgeCall.inputs(), AT, null, false, judgeCall.eval());
    }
}
