package dev.dakora.common.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Topic {@link Topics#RESULTS}: the log sink's aggregates, followed by every gateway for polling and
 * the live feed. Keyed by {@link #key()}: job id, or batch id for {@link BatchProgressed}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "event")
@JsonSubTypes({
        @JsonSubTypes.Type(value = JobCompleted.class, name = "job.completed"),
        @JsonSubTypes.Type(value = BatchProgressed.class, name = "batch.progress"),
})
public sealed interface ResultEvent permits JobCompleted, BatchProgressed {

    String key();
}
