package dev.dakora.llm.messaging;

import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.llm.domain.ModelCallService;
import dev.dakora.llm.lane.LaneEntry;
import dev.dakora.llm.lane.LaneRig;
import dev.dakora.llm.lane.MemoryLaneStore;
import dev.dakora.llm.support.Calls;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.Acknowledgment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** The dispatcher's hand-over of batch-lane calls: acknowledged once stored, never called online. */
class LaneDispatchTest {

    private final ModelCallService service = mock(ModelCallService.class);
    @SuppressWarnings("unchecked")
    private final KafkaTemplate<String, ModelCallCompleted> template = mock(KafkaTemplate.class);
    private final Acknowledgment ack = mock(Acknowledgment.class);
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final MemoryLaneStore store = new MemoryLaneStore();
    private final LaneRig rig = new LaneRig(store, "http://127.0.0.1:9/v1", "http://127.0.0.1:9/v1");
    private final CallDispatcher dispatcher = new CallDispatcher(service, new ResultPublisher(template), executor,
            (held, heldOf) -> new Backpressure(mock(KafkaListenerEndpointRegistry.class), "calls", 100, 100, held, heldOf),
            new CallLedger(new ResultsReader(() -> new MockConsumer<>("earliest"), Duration.ZERO)),
            new DispatchSettings(100, 100, Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ZERO), rig.lane);

    private void dispatchAndWait(ModelCallRequested call) throws Exception {
        dispatcher.dispatch(new ConsumerRecord<>("dakora.model-calls", 0, 7L, call.jobId(), call), ack);
        executor.shutdown();
        assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void should_acknowledge_a_batch_lane_call_once_the_lane_stored_it_without_calling_the_model() throws Exception {
        // given
        rig.lane.assigned(List.of(0));
        ModelCallRequested call = LaneRig.call("job-1", "openai/gpt-4o-mini", "hello");

        // when
        dispatchAndWait(call);

        // then
        verify(ack).acknowledge();
        verify(service, never()).handle(any(), any());
        assertThat(store.all()).extracting(entry -> entry.call().callId()).containsExactly(call.callId());
        assertThat(rig.lane.holds(0, call.callId())).isTrue();
    }

    @Test
    void should_acknowledge_a_redelivered_call_the_lane_already_holds_without_storing_it_again() throws Exception {
        // given: the call was stored before the worker died, and is read back on assignment
        ModelCallRequested call = LaneRig.call("job-1", "openai/gpt-4o-mini", "hello");
        Instant stored = Instant.parse("2026-01-01T00:00:00Z");
        store.save(0, List.of(LaneEntry.collected(call, stored)));
        rig.lane.assigned(List.of(0));

        // when
        dispatchAndWait(call);

        // then
        verify(ack).acknowledge();
        assertThat(store.all()).singleElement().satisfies(entry -> assertThat(entry.collectedAt()).isEqualTo(stored));
        verify(service, never()).handle(any(), any());
    }

    @Test
    void should_call_the_model_online_when_the_call_is_not_for_the_batch_lane() throws Exception {
        // given
        rig.lane.assigned(List.of(0));
        ModelCallRequested call = Calls.request("job-1", "openai/gpt-4o-mini", "hello");

        // when
        dispatchAndWait(call);

        // then
        verify(service).handle(any(), any());
        assertThat(store.all()).isEmpty();
    }
}
