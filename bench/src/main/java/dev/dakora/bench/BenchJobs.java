package dev.dakora.bench;

import dev.dakora.common.event.JobSubmitted;
import dev.dakora.common.event.JobType;
import dev.dakora.common.template.InputSpec;
import dev.dakora.common.template.InputType;
import dev.dakora.common.template.TemplateSpec;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** The compare jobs the pipeline load tools submit: a small template with a loop and a filter. */
final class BenchJobs {

    private static final TemplateSpec SPEC = new TemplateSpec("bench", "1.0.0", null,
            "Summarise for {{ audience }}:\n{% for point in points %}- {{ point | upper }}\n{% endfor %}",
            Map.of("audience", InputSpec.of(InputType.STRING), "points", InputSpec.of(InputType.ARRAY_OF_STRING)),
            Map.of());

    private BenchJobs() {
    }

    /** A compare job of {@code models} calls, alternating between {@code echo} and distinct model names. */
    static JobSubmitted compare(String jobId, int row, int models) {
        List<String> names = IntStream.range(0, models).mapToObj(i -> i % 2 == 0 ? "echo" : "model-" + i).toList();
        return JobSubmitted.of(jobId, JobType.COMPARE, null, null, SPEC,
                Map.of("audience", "reviewers", "points", List.of("latency " + row, "cost", "quality")),
                names, null, Instant.now());
    }
}
