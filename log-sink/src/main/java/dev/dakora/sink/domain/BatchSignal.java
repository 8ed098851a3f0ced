package dev.dakora.sink.domain;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.time.Instant;

/**
 * What a batch's aggregate counts, re-keyed by batch id: its submission, a job of it that became final,
 * a call of it seen for the first time. Each job and each call id yields its signal once.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "signal")
@JsonSubTypes({
        @JsonSubTypes.Type(value = BatchOpened.class, name = "batch.submitted"),
        @JsonSubTypes.Type(value = JobFinished.class, name = "job.finished"),
        @JsonSubTypes.Type(value = CallFinished.class, name = "call.finished"),
})
public sealed interface BatchSignal permits BatchOpened, JobFinished, CallFinished {

    String batchId();

    Instant at();
}
