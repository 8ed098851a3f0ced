package dev.dakora.common.event;

import dev.dakora.common.template.InputSpec;
import dev.dakora.common.template.InputType;
import dev.dakora.common.template.TemplateSpec;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One fixed example of every event, as named by its golden file in {@code src/test/resources/events}. */
final class SampleEvents {

    static final Instant AT = Instant.parse("2026-11-26T10:15:30.123Z");

    private SampleEvents() {
    }

    static Map<String, Object> all() {
        Map<String, Object> events = new LinkedHashMap<>();
        events.put("job-submitted", jobSubmitted());
        events.put("job-cancelled", new JobCancelled("job-1", "batch-1", AT));
        events.put("batch-submitted", new BatchSubmitted("batch-1", "nightly", "greeting", "1.0.0",
                List.of("echo", "openai/gpt-4o-mini"), 2, 4, AT));
        events.put("render-completed", new RenderCompleted("job-1", "batch-1", 0, "Hello Alice!",
                List.of("job-1:echo:0", "job-1:openai/gpt-4o-mini:0"), AT));
        events.put("render-failed", new RenderFailed("job-1", null, null, "undefined variable 'other' at line 1", AT));
        events.put("model-call-requested", new ModelCallRequested("job-1:echo:0", "job-1", "batch-1", 0, 0,
                "greeting", "1.0.0", "echo", "Hello Alice!", new CallParams(0.2, 64, null, Map.of()),
                Map.of("name", "Alice"), AT));
        events.put("model-call-completed", succeeded());
        events.put("job-completed", new JobCompleted("job-1", "batch-1", 0, JobType.COMPARE, JobStatus.COMPLETED,
                "greeting", "1.0.0", "Hello Alice!",
                ComparisonResult.of(List.of(ModelResult.of(succeeded()), ModelResult.of(failed()))), null, AT));
        events.put("batch-progressed", new BatchProgressed("batch-1", JobStatus.RUNNING, 2, 1, 0, 4, 2,
                new BigDecimal("0.000026"), 12, 40, AT));
        return events;
    }

    static JobSubmitted jobSubmitted() {
        TemplateSpec spec = new TemplateSpec("greeting", "1.0.0", null, "Hello {{ name }}!",
                Map.of("name", InputSpec.of(InputType.STRING)), Map.of());
        return JobSubmitted.of("job-1", JobType.COMPARE, "batch-1", 0, spec, Map.of("name", "Alice"),
                List.of("echo", "openai/gpt-4o-mini"), new CallParams(0.2, 64, null, Map.of("seed", 7)), AT);
    }

    static ModelCallCompleted succeeded() {
        return new ModelCallCompleted("job-1:openai/gpt-4o-mini:0", "job-1", "batch-1", 0, "greeting", "1.0.0",
                "openai/gpt-4o-mini", "openai", CallStatus.SUCCEEDED, "Hi!", 12, 40, new BigDecimal("0.000026"), true,
                812, null, 1, Map.of("name", "Alice"), AT);
    }

    static ModelCallCompleted failed() {
        return new ModelCallCompleted("job-1:anthropic/claude-3-5-haiku-latest:0", "job-1", "batch-1", 0, "greeting",
                "1.0.0", "anthropic/claude-3-5-haiku-latest", "anthropic", CallStatus.FAILED, null, 0, 0, null, false,
                35, "no API key for provider anthropic: set ANTHROPIC_API_KEY", 1, Map.of("name", "Alice"), AT);
    }
}
