package dev.dakora.common.event;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a model call ended. */
public enum CallStatus {
    SUCCEEDED, FAILED, CANCELLED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
