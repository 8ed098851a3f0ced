package dev.dakora.gateway.messaging;

import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.ModelCallCompleted;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LiveEventMapperTest {

    private static ModelCallCompleted call(String prompt) {
        return new ModelCallCompleted("j1:echo:0", "j1", "b1", 2, "greeting", "1.0.0", "echo", "echo", CallStatus.SUCCEEDED,
                "Hello Ada", 3, 3, BigDecimal.ZERO, true, 4, null, 1, Map.of("name", "Ada"), Instant.parse("2026-11-20T10:00:00Z"),
                prompt);
    }

    @Test
    void should_leave_the_prompt_out_of_a_call_completed_frame() {
        // when
        LiveEvents.LiveEvent event = LiveEventMapper.of(call("Say hello to Ada"));

        // then
        assertThat(event.body()).doesNotContainKey("prompt")
                .containsEntry("type", "call.completed").containsEntry("output", "Hello Ada").containsEntry("row_index", 2);
    }

    @Test
    void should_frame_a_call_without_a_prompt_alike() {
        // when
        LiveEvents.LiveEvent event = LiveEventMapper.of(call(null));

        // then
        assertThat(event.body()).doesNotContainKey("prompt").containsEntry("call_id", "j1:echo:0").containsEntry("batch_id", "b1");
    }
}
