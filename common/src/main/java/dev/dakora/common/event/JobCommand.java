package dev.dakora.common.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Topic {@link Topics#JOBS}: what the gateway asks of the pipeline. Keyed by {@link #key()}: the job
 * id, or the batch id for {@link BatchSubmitted}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "event")
@JsonSubTypes({
        @JsonSubTypes.Type(value = JobSubmitted.class, name = "job.submitted"),
        @JsonSubTypes.Type(value = JobCancelled.class, name = "job.cancelled"),
        @JsonSubTypes.Type(value = BatchSubmitted.class, name = "batch.submitted"),
})
public sealed interface JobCommand permits JobSubmitted, JobCancelled, BatchSubmitted {

    /** The Kafka record key. */
    String key();
}
