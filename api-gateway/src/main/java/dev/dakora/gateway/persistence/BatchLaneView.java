package dev.dakora.gateway.persistence;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A batch's lane as its read model shows it: {@code lane} ({@code online} when none was recorded) and, on
 * the batch lane, {@code expected_completion_by}: the submission time plus the providers' 24 h completion
 * window, the latest the provider batches are due (collecting calls adds up to the LLM worker's
 * {@code max-wait} before that window starts).
 */
final class BatchLaneView {

    static final Duration COMPLETION_WINDOW = Duration.ofHours(24);

    private BatchLaneView() {
    }

    static void add(Map<String, Object> batch, String lane, OffsetDateTime createdAt) {
        String shown = lane == null ? "online" : lane;
        batch.put("lane", shown);
        batch.put("expected_completion_by", "batch".equals(shown) && createdAt != null
                ? createdAt.plus(COMPLETION_WINDOW).toInstant().toString() : null);
    }
}
