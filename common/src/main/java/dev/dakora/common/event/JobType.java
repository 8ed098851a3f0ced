package dev.dakora.common.event;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a job does: render its template only, or render it and call every requested model. */
public enum JobType {
    RENDER, COMPARE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
