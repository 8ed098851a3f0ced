package dev.dakora.common.event;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a job or batch stands. */
public enum JobStatus {
    QUEUED, RUNNING, COMPLETED, FAILED, CANCELLED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isFinal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }
}
