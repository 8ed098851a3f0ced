package dev.dakora.render.support;

import dev.dakora.common.event.CallParams;
import dev.dakora.common.event.JobSubmitted;
import dev.dakora.common.event.JobType;
import dev.dakora.common.template.InputSpec;
import dev.dakora.common.template.InputType;
import dev.dakora.common.template.TemplateSpec;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Submitted jobs over one small greeting template, as the gateway would publish them. */
public final class Jobs {

    public static final Instant SUBMITTED_AT = Instant.parse("2026-01-02T03:04:05Z");
    public static final TemplateSpec GREETING = new TemplateSpec("greeting", "1.2.0", "says hello",
            "Hello {{ name }}!", Map.of("name", InputSpec.of(InputType.STRING)), Map.of());

    private Jobs() {
    }

    public static JobSubmitted compare(String jobId, String... models) {
        return JobSubmitted.of(jobId, JobType.COMPARE, null, null, GREETING, Map.of("name", "Ada"), List.of(models),
                new CallParams(0.2, 64, null, Map.of()), SUBMITTED_AT);
    }

    public static JobSubmitted render(String jobId) {
        return JobSubmitted.of(jobId, JobType.RENDER, null, null, GREETING, Map.of("name", "Ada"), List.of(), null,
                SUBMITTED_AT);
    }

    public static JobSubmitted withTemplate(String jobId, String template, Map<String, Object> inputs, String... models) {
        TemplateSpec spec = new TemplateSpec("custom", "1.0.0", null, template,
                Map.of("name", new InputSpec(InputType.STRING, false, "", null)), Map.of());
        return JobSubmitted.of(jobId, JobType.COMPARE, "batch-1", 3, spec, inputs, List.of(models), null, SUBMITTED_AT);
    }

    public static JobSubmitted withSnapshot(String jobId, Map<String, Object> snapshot, String... models) {
        return new JobSubmitted(jobId, JobType.COMPARE, null, null, snapshot, Map.of(), List.of(models), null,
                SUBMITTED_AT);
    }
}
