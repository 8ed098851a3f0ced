package dev.dakora.common.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Topic {@link Topics#RENDERS}: the render worker's outcome for each job. Keyed by job id. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "event")
@JsonSubTypes({
        @JsonSubTypes.Type(value = RenderCompleted.class, name = "render.completed"),
        @JsonSubTypes.Type(value = RenderFailed.class, name = "render.failed"),
})
public sealed interface RenderEvent permits RenderCompleted, RenderFailed {

    String jobId();

    String batchId();
}
