package dev.dakora.llm.messaging;

import org.junit.jupiter.api.Test;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class BackpressureTest {

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean paused = new AtomicBoolean();
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
        KafkaListenerEndpointRegistry registry = mock(KafkaListenerEndpointRegistry.class);
        when(registry.getListenerContainer("calls")).thenReturn(container);
        backpressure = new Backpressure(registry, "calls", 10, inFlight::get);
    }

    @Test
    void should_pause_the_consumers_when_the_limit_of_calls_in_flight_is_reached() {
        inFlight.set(9);
        backpressure.check();
        assertThat(paused).isFalse();

        inFlight.set(10);
        backpressure.check();
        assertThat(paused).isTrue();
    }

    @Test
    void should_resume_only_when_half_of_the_calls_are_done() {
        // given
        inFlight.set(12);
        backpressure.check();

        // when / then
        inFlight.set(6);
        backpressure.check();
        assertThat(paused).isTrue();
        inFlight.set(5);
        backpressure.check();
        assertThat(paused).isFalse();
    }
}
