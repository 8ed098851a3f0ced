package dev.dakora.llm.messaging;

import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.EventJson;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.llm.support.Calls;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class FollowedResultsTest {

    private static final TopicPartition CALLS = new TopicPartition("dakora.model-calls", 2);
    private static final TopicPartition RESULTS = new TopicPartition("dakora.call-results", 2);

    @SuppressWarnings("unchecked")
    private final Consumer<byte[], byte[]> follower = mock(Consumer.class);
    private final FollowedResults followed = new FollowedResults(Duration.ofSeconds(10));
    private final LedgerWindow window = new LedgerWindow(40);

    private void follow() {
        when(follower.offsetsForTimes(Map.of(RESULTS, 50_000L))).thenReturn(Map.of(RESULTS, new OffsetAndTimestamp(7, 50_100L)));
        when(follower.endOffsets(List.of(RESULTS))).thenReturn(Map.of(RESULTS, 9L));
        followed.follow(follower, CALLS, 60_000L, window);
    }

    private static ConsumerRecords<byte[], byte[]> results(TopicPartition partition, long offset, byte[]... values) {
        List<ConsumerRecord<byte[], byte[]>> records = new java.util.ArrayList<>();
        for (byte[] value : values) {
            records.add(new ConsumerRecord<>(partition.topic(), partition.partition(), offset++, null, value));
        }
        return new ConsumerRecords<>(Map.of(partition, records), Map.of());
    }

    private static byte[] resultOf(String callId) {
        ModelCallRequested call = Calls.request("job-1", "echo", "hello");
        return EventJson.write(new ModelCallCompleted(callId, call.jobId(), null, null, call.templateId(), call.version(),
                call.model(), "echo", CallStatus.SUCCEEDED, "hello", 1, 1, BigDecimal.ZERO, true, 0, null, 1,
                call.inputs(), Instant.now()));
    }

    @Test
    void should_read_the_results_partition_from_the_first_calls_time_less_the_clock_skew() {
        // when
        follow();

        // then
        verify(follower).assign(Set.of(RESULTS));
        verify(follower).seek(RESULTS, 7);
        assertThat(followed.isEmpty()).isFalse();
        assertThat(window.isLoaded()).isFalse();
    }

    @Test
    void should_count_a_window_without_a_first_calls_time_as_loaded_without_following_it() {
        // when
        followed.follow(follower, CALLS, null, window);

        // then
        assertThat(window.isLoaded()).isTrue();
        assertThat(followed.isEmpty()).isTrue();
        verifyNoInteractions(follower);
    }

    @Test
    void should_add_the_call_ids_read_and_count_the_window_loaded_once_read_up_to_its_end() {
        // given
        follow();
        when(follower.position(RESULTS)).thenReturn(8L, 9L);

        // when
        followed.read(follower, results(RESULTS, 7, resultOf("call-a")));
        boolean loadedAfterFirst = window.isLoaded();
        followed.read(follower, results(RESULTS, 8, resultOf("call-b")));

        // then
        assertThat(loadedAfterFirst).isFalse();
        assertThat(window.isLoaded()).isTrue();
        assertThat(window.contains("call-a")).isTrue();
        assertThat(window.contains("call-b")).isTrue();
    }

    @Test
    void should_ignore_unreadable_results_and_those_of_partitions_not_followed() {
        // given
        follow();
        when(follower.position(RESULTS)).thenReturn(8L);

        // when
        followed.read(follower, results(RESULTS, 7, "not json".getBytes()));
        followed.read(follower, results(new TopicPartition("dakora.call-results", 3), 0, resultOf("call-c")));

        // then
        assertThat(window.contains("call-c")).isFalse();
        assertThat(window.isLoaded()).isFalse();
    }

    @Test
    void should_stop_following_a_partition_it_is_told_to() {
        // given
        follow();

        // when
        followed.unfollow(follower, CALLS);

        // then
        assertThat(followed.isEmpty()).isTrue();
        verify(follower).assign(Set.of());
    }
}
