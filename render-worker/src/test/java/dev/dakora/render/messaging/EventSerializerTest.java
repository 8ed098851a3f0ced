package dev.dakora.render.messaging;

import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.event.RenderCompleted;
import dev.dakora.common.event.RenderEvent;
import dev.dakora.common.event.RenderFailed;
import dev.dakora.common.event.Topics;
import dev.dakora.common.event.kafka.EventSerde;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EventSerializerTest {

    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    private final EventSerializer serializer = new EventSerializer();

    @Test
    void should_write_render_events_that_read_back_as_their_stream_when_serialized() {
        // given
        RenderEvent completed = new RenderCompleted("job", null, null, "hi", List.of("job:echo:0"), AT);
        RenderEvent failed = new RenderFailed("job", "batch", 2, "boom", AT);

        // when
        byte[] completedBytes = serializer.serialize(Topics.RENDERS.name(), completed);
        byte[] failedBytes = serializer.serialize(Topics.RENDERS.name(), failed);

        // then
        EventSerde<RenderEvent> renders = EventSerde.of(Topics.RENDERS);
        assertThat(renders.deserialize(Topics.RENDERS.name(), completedBytes)).isEqualTo(completed);
        assertThat(renders.deserialize(Topics.RENDERS.name(), failedBytes)).isEqualTo(failed);
        assertThat(new String(completedBytes, StandardCharsets.UTF_8)).contains("\"event\":\"render.completed\"");
    }

    @Test
    void should_write_model_calls_that_read_back_when_serialized() {
        // given
        var call = new ModelCallRequested("job:echo:0", "job", null, null, 0, "t", "1", "echo", "hi", null,
                Map.of("name", "Ada"), AT);

        // when
        byte[] bytes = serializer.serialize(Topics.MODEL_CALLS.name(), call);

        // then
        assertThat(EventSerde.of(Topics.MODEL_CALLS).deserialize(Topics.MODEL_CALLS.name(), bytes)).isEqualTo(call);
    }

    @Test
    void should_pass_raw_bytes_on_unchanged_when_a_dead_letter_is_not_an_event() {
        // given
        byte[] raw = {0x7b, 0x00, (byte) 0xff};

        // when / then
        assertThat(serializer.serialize(Topics.JOBS.deadLetter(), raw)).isSameAs(raw);
        assertThat(serializer.serialize(Topics.JOBS.deadLetter(), null)).isNull();
    }
}
