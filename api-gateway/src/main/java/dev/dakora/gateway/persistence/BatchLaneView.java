package dev.dakora.gateway.persistence;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A batch's lane as its read model and its submission answer show it: {@code lane} ({@code online} when none
 * was recorded) and, on the batch lane, {@code expected_completion_by}: the submission time plus the providers'
 * 24 h completion window, the latest the provider batches are due (collecting calls adds up to the LLM worker's
 * {@code max-wait} before that window starts).
 */
public record BatchLaneView(String lane, String expectedCompletionBy) {

    static final Duration COMPLETION_WINDOW = Duration.ofHours(24);

    static BatchLaneView of(String lane, OffsetDateTime createdAt) {
        return of(lane, createdAt == null ? null : createdAt.toInstant());
    }

    /** The lane of a batch submitted at {@code createdAt} on {@code lane} (null: none recorded, online). */
    public static BatchLaneView of(String lane, Instant createdAt) {
        String shown = lane == null ? "online" : lane;
        return new BatchLaneView(shown, "batch".equals(shown) && createdAt != null
                ? createdAt.plus(COMPLETION_WINDOW).toString() : null);
    }
}
