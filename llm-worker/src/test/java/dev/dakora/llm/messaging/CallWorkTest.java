package dev.dakora.llm.messaging;

import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.llm.domain.ModelCallService;
import dev.dakora.llm.lane.BatchLane;
import dev.dakora.llm.support.Calls;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.Acknowledgment;

import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class CallWorkTest {

    private static final TopicPartition PARTITION = new TopicPartition("dakora.model-calls", 0);

    private final ModelCallService service = mock(ModelCallService.class);
    @SuppressWarnings("unchecked")
    private final KafkaTemplate<String, ModelCallCompleted> template = mock(KafkaTemplate.class);
    private final Acknowledgment first = mock(Acknowledgment.class);
    private final Acknowledgment second = mock(Acknowledgment.class);
    private final OffsetTracker tracker = new OffsetTracker();
    private final CallLedger ledger = new CallLedger(new ResultsReader(() -> new MockConsumer<>("earliest"), Duration.ZERO));
    private final CallWork work = new CallWork(service, new ResultPublisher(template), tracker, ledger,
            new Backpressure(mock(KafkaListenerEndpointRegistry.class), "calls", 100, 100, tracker::inFlight, tracker::held),
            BatchLane.off(Clock.systemUTC()));
    private final ModelCallRequested call = Calls.request("job-1", "echo", "hello");
    private final CallTicket ticket = new CallTicket(call.callId());

    @AfterEach
    void closeLedger() {
        ledger.close();
    }

    @Test
    void should_acknowledge_offsets_in_order_however_the_calls_finish() {
        // given
        tracker.started(PARTITION, 0, first, new CallTicket("a"));
        tracker.started(PARTITION, 1, second, new CallTicket("b"));

        // when
        work.finish(PARTITION, 1);
        verify(second, never()).acknowledge();
        work.finish(PARTITION, 0);

        // then: the commit covers both at once, through the last one
        verify(first, never()).acknowledge();
        verify(second).acknowledge();
        assertThat(tracker.inFlight()).isZero();
    }

    @Test
    void should_skip_the_offset_of_a_call_that_failed_unexpectedly() throws Exception {
        // given
        tracker.started(PARTITION, 0, first, ticket);
        when(service.handle(eq(call), any())).thenThrow(new IllegalStateException("no price for echo"));

        // when
        work.run(call, ticket, PARTITION, 0, CallSpans.NOOP);

        // then
        verify(template, never()).send(anyString(), anyString(), any());
        verify(first).acknowledge();
    }

    @Test
    void should_leave_the_offset_of_a_call_that_failed_while_stopping() throws Exception {
        // given
        tracker.started(PARTITION, 0, first, ticket);
        when(service.handle(eq(call), any())).thenAnswer(invocation -> {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("client closed");
        });

        // when
        try {
            work.run(call, ticket, PARTITION, 0, CallSpans.NOOP);
        } finally {
            Thread.interrupted();
        }

        // then
        verify(first, never()).acknowledge();
        assertThat(tracker.inFlight()).isEqualTo(1);
    }

    @Test
    void should_leave_the_offset_of_a_call_withdrawn_before_it_started() {
        // given
        tracker.started(PARTITION, 0, first, ticket);
        ticket.withdraw();

        // when
        work.run(call, ticket, PARTITION, 0, CallSpans.NOOP);

        // then
        verify(first, never()).acknowledge();
        verify(template, never()).send(anyString(), anyString(), any());
    }
}
