package dev.dakora.common.event;

import dev.dakora.common.event.kafka.EventSerde;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventSerdeTest {

    private final EventSerde<JobCommand> serde = EventSerde.of(Topics.JOBS);

    @Test
    void should_round_trip_an_event_through_kafka_bytes() {
        JobSubmitted job = SampleEvents.jobSubmitted();

        assertThat(serde.deserialize("dakora.jobs", serde.serialize("dakora.jobs", job))).isEqualTo(job);
    }

    @Test
    void should_raise_a_serialization_exception_for_poison_bytes() {
        byte[] poison = "{not json".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> serde.deserialize("dakora.jobs", poison))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("not a JobCommand on dakora.jobs");
    }

    @Test
    void should_pass_tombstones_through_as_null() {
        assertThat(serde.deserialize("dakora.jobs", null)).isNull();
        assertThat(serde.serialize("dakora.jobs", null)).isNull();
    }
}
