package dev.dakora.common.event;

import java.time.Instant;
import java.util.List;

/**
 * A job's template rendered; for a compare job one {@link ModelCallRequested} per id in {@code callIds}
 * follows on {@link Topics#MODEL_CALLS}.
 */
public record RenderCompleted(String jobId, String batchId, Integer rowIndex, String rendered, List<String> callIds,
                              Instant renderedAt) implements RenderEvent {

    public RenderCompleted {
        Require.text(jobId, "job_id");
        Require.present(rendered, "rendered");
        Require.present(renderedAt, "rendered_at");
        callIds = callIds == null ? List.of() : List.copyOf(callIds);
    }
}
