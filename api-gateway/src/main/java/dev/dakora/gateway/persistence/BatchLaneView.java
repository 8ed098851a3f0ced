package dev.dakora.gateway.persistence;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * A batch's lane as its read model shows it: {@code lane} ({@code online} when none was recorded) and, on
 * the batch lane, {@code expected_completion_by}: the submission time plus the providers' 24 h completion
 * window, the latest the provider batches are due (collecting calls adds up to the LLM worker's
 * {@code max-wait} before that window starts).
 */
record BatchLaneView(String lane, String expectedCompletionBy) {

    static final Duration COMPLETION_WINDOW = Duration.ofHours(24);

    static BatchLaneView of(String lane, OffsetDateTime createdAt) {
        String shown = lane == null ? "online" : lane;
        return new BatchLaneView(shown, "batch".equals(shown) && createdAt != null
                ? createdAt.plus(COMPLETION_WINDOW).toInstant().toString() : null);
    }
}
