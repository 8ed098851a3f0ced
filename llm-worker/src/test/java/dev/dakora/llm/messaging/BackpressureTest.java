package dev.dakora.llm.messaging;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class BackpressureTest {

    private final TopicPartition p0 = new TopicPartition("dakora.model-calls", 0);
    private final TopicPartition p1 = new TopicPartition("dakora.model-calls", 1);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Map<TopicPartition, Integer> held = new HashMap<>();
    private final AtomicBoolean paused = new AtomicBoolean();
    private final Set<TopicPartition> pausedPartitions = new HashSet<>();
    private final Backpressure backpressure;

    BackpressureTest() {
        MessageListenerContainer container = mock(MessageListenerContainer.class);
        when(container.isPauseRequested()).thenAnswer(call -> paused.get());
        doAnswer(call -> {
            paused.set(true);
            return null;
        }).when(container).pause();
        doAnswer(call -> {
            paused.set(false);
            return null;
        }).when(container).resume();
        doAnswer(call -> pausedPartitions.add(call.getArgument(0))).when(container).pausePartition(any());
        doAnswer(call -> pausedPartitions.remove(call.getArgument(0))).when(container).resumePartition(any());
        KafkaListenerEndpointRegistry registry = mock(KafkaListenerEndpointRegistry.class);
        when(registry.getListenerContainer("calls")).thenReturn(container);
        backpressure = new Backpressure(registry, "calls", 10, 4, inFlight::get, p -> held.getOrDefault(p, 0));
    }

    @Test
    void should_pause_the_consumers_when_the_limit_of_calls_in_flight_is_reached() {
        inFlight.set(9);
        backpressure.check(p0);
        assertThat(paused).isFalse();

        inFlight.set(10);
        backpressure.check(p0);
        assertThat(paused).isTrue();
    }

    @Test
    void should_resume_only_when_a_quarter_of_the_calls_are_done() {
        // given
        inFlight.set(12);
        backpressure.check(p0);

        // when / then
        inFlight.set(9);
        backpressure.check(p0);
        assertThat(paused).isTrue();
        inFlight.set(8);
        backpressure.check(p0);
        assertThat(paused).isFalse();
    }

    @Test
    void should_pause_only_the_full_partition_when_it_reaches_its_own_limit() {
        // given
        held.put(p0, 4);
        held.put(p1, 3);
        inFlight.set(7);

        // when
        backpressure.check(p0);
        backpressure.check(p1);

        // then
        assertThat(pausedPartitions).containsExactly(p0);
        assertThat(paused).isFalse();
    }

    @Test
    void should_resume_a_partition_when_it_is_revoked_so_it_is_not_paused_if_it_comes_back() {
        // given
        held.put(p0, 4);
        backpressure.check(p0);
        assertThat(pausedPartitions).containsExactly(p0);

        // when
        backpressure.forget(List.of(p0));

        // then
        assertThat(pausedPartitions).isEmpty();
    }
}
