package dev.dakora.render.domain;

import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.event.RenderCompleted;
import dev.dakora.common.event.RenderEvent;
import dev.dakora.common.event.RenderFailed;

import java.util.List;

/**
 * What rendering one job produced: the render event and, for a compare job that rendered, the model
 * calls it fans out to (in request order). A failed render has no calls.
 */
public record RenderOutcome(RenderEvent event, List<ModelCallRequested> calls) {

    public RenderOutcome {
        calls = List.copyOf(calls);
        if (event instanceof RenderFailed && !calls.isEmpty()) {
            throw new IllegalArgumentException("a failed render has no model calls");
        }
    }

    static RenderOutcome completed(RenderCompleted event, List<ModelCallRequested> calls) {
        return new RenderOutcome(event, calls);
    }

    static RenderOutcome failed(RenderFailed event) {
        return new RenderOutcome(event, List.of());
    }

    public String jobId() {
        return event.jobId();
    }
}
