package dev.dakora.render.messaging;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttemptMarkerTest {

    @Test
    void should_read_back_what_it_wrote_when_encoded() {
        AttemptMarker marker = new AttemptMarker(123_456_789_012L, 2);

        assertThat(AttemptMarker.decode(marker.encode())).isEqualTo(marker);
        assertThat(AttemptMarker.key(new TopicPartition("dakora.jobs", 4))).isEqualTo("dakora.jobs-4");
    }

    @Test
    void should_refuse_text_that_is_not_a_marker() {
        assertThatThrownBy(() -> AttemptMarker.decode("12")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AttemptMarker.decode("a:b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AttemptMarker.decode(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AttemptMarker(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
