package dev.dakora.render.domain;

import dev.dakora.common.event.JobSubmitted;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.event.RenderCompleted;
import dev.dakora.common.event.RenderFailed;
import dev.dakora.common.render.RenderException;
import dev.dakora.common.render.RenderResult;
import dev.dakora.common.render.TemplateRenderer;
import dev.dakora.common.template.InvalidInputException;
import dev.dakora.common.template.InvalidSpecException;
import dev.dakora.common.template.TemplateSpec;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The render worker's one step: renders a submitted job's template snapshot with its inputs, using the
 * same {@link TemplateRenderer} and limits as the gateway's synchronous render, and turns the result
 * into the events the pipeline continues with. A template or input problem is the job's outcome (a
 * {@link RenderFailed}); a snapshot that is not a template spec at all is not a job the pipeline can
 * run, and raises {@link InvalidSpecException}. {@link #failed} is the outcome of a job the worker
 * gives up on for any other reason (the render crashed, or crashed the worker before).
 */
public class JobRenderer {

    private final TemplateRenderer renderer;
    private final Clock clock;

    public JobRenderer(TemplateRenderer renderer, Clock clock) {
        this.renderer = renderer;
        this.clock = clock;
    }

    /** @throws InvalidSpecException when the job's template snapshot is not a valid spec */
    public RenderOutcome render(JobSubmitted job) {
        TemplateSpec spec = job.templateSpec();
        Instant now = clock.instant();
        RenderResult result;
        try {
            result = renderer.render(spec, job.inputs());
        } catch (RenderException | InvalidInputException e) {
            return RenderOutcome.failed(new RenderFailed(job.jobId(), job.batchId(), job.rowIndex(), messageOf(e), now));
        }
        List<ModelCallRequested> calls = CallFanOut.calls(job, spec, result.rendered(), now);
        List<String> callIds = calls.stream().map(ModelCallRequested::callId).toList();
        return RenderOutcome.completed(
                new RenderCompleted(job.jobId(), job.batchId(), job.rowIndex(), result.rendered(), callIds, now), calls);
    }

    /** The job fails with {@code error}, with no model calls. */
    public RenderOutcome failed(JobSubmitted job, String error) {
        return RenderOutcome.failed(new RenderFailed(job.jobId(), job.batchId(), job.rowIndex(), error, clock.instant()));
    }

    private static String messageOf(RuntimeException e) {
        String message = e.getMessage();
        if (message != null && !message.isBlank()) {
            return message;
        }
        return e instanceof RenderException render ? "render failed: " + render.kind() : "invalid inputs";
    }
}
