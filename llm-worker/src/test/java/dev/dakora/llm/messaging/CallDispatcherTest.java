package dev.dakora.llm.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.llm.domain.ModelCallService;
import dev.dakora.llm.support.Calls;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.TopicPartition;
import dev.dakora.llm.domain.SendGate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.Acknowledgment;

class CallDispatcherTest {

    private final ModelCallService service = mock(ModelCallService.class);
    @SuppressWarnings("unchecked")
    private final KafkaTemplate<String, ModelCallCompleted> template = mock(KafkaTemplate.class);
    private final Acknowledgment ack = mock(Acknowledgment.class);
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final CallDispatcher dispatcher = new CallDispatcher(service, new ResultPublisher(template), executor,
            (held, heldOf) -> new Backpressure(mock(KafkaListenerEndpointRegistry.class), "calls", 100, 100, held, heldOf),
            new CallLedger(new ResultsReader(() -> new MockConsumer<>("earliest"), Duration.ZERO)),
            new DispatchSettings(100, 100, Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ZERO));
    private final ModelCallRequested call = Calls.request("job-1", "echo", "hello");

    @Test
    void should_publish_the_result_and_acknowledge_the_offset_when_the_call_ends() throws Exception {
        // given
        ModelCallCompleted result = result(CallStatus.SUCCEEDED, null);
        when(service.handle(eq(call), any())).thenReturn(result);
        when(template.send(anyString(), anyString(), any())).thenReturn(CompletableFuture.completedFuture(null));

        // when
        dispatchAndWait();

        // then
        verify(template).send("dakora.call-results", "job-1", result);
        verify(ack).acknowledge();
    }

    @Test
    void should_publish_nothing_and_leave_the_offset_when_the_call_was_interrupted_by_a_stop() throws Exception {
        // given: a slot wait cut short by the stop ends as a failed result with the thread interrupted
        when(service.handle(eq(call), any())).thenAnswer(invocation -> {
            Thread.currentThread().interrupt();
            return result(CallStatus.FAILED, "no free slot for echo");
        });

        // when
        dispatchAndWait();

        // then
        verify(template, never()).send(anyString(), anyString(), any());
        verify(ack, never()).acknowledge();
        assertThat(dispatcher.inFlight()).isEqualTo(1);
    }

    @Test
    void should_withdraw_a_queued_call_unsent_and_publish_nothing_when_its_partition_is_revoked() throws Exception {
        // given: the call waits for a slot, then asks the gate before sending
        CountDownLatch waiting = new CountDownLatch(1);
        CountDownLatch revoked = new CountDownLatch(1);
        Boolean[] gateOpened = {null};
        boolean[] interrupted = {false};
        when(service.handle(eq(call), any())).thenAnswer(invocation -> {
            waiting.countDown();
            try {
                revoked.await();
            } catch (InterruptedException e) {
                interrupted[0] = true;
            }
            gateOpened[0] = invocation.<SendGate>getArgument(1).mayStart();
            return result(CallStatus.FAILED, "withdrawn before it was sent");
        });
        dispatcher.dispatch(new ConsumerRecord<>("dakora.model-calls", 0, 0L, "job-1", call), ack);
        waiting.await();

        // when
        dispatcher.onPartitionsRevokedBeforeCommit(null, List.of(new TopicPartition("dakora.model-calls", 0)));
        revoked.countDown();
        executor.shutdown();
        assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        // then
        assertThat(interrupted[0]).isTrue();
        assertThat(gateOpened[0]).isFalse();
        verify(template, never()).send(anyString(), anyString(), any());
        verify(ack, never()).acknowledge();
        assertThat(dispatcher.inFlight()).isZero();
    }

    @Test
    void should_let_a_sent_call_finish_and_commit_it_before_releasing_its_partition_when_revoked() throws Exception {
        // given: the call is sent (gate passed) and answers 300 ms later
        CountDownLatch sent = new CountDownLatch(1);
        ModelCallCompleted done = result(CallStatus.SUCCEEDED, null);
        when(template.send(anyString(), anyString(), any())).thenReturn(CompletableFuture.completedFuture(null));
        when(service.handle(eq(call), any())).thenAnswer(invocation -> {
            assertThat(invocation.<SendGate>getArgument(1).mayStart()).isTrue();
            sent.countDown();
            Thread.sleep(300);
            return done;
        });
        dispatcher.dispatch(new ConsumerRecord<>("dakora.model-calls", 0, 0L, "job-1", call), ack);
        sent.await();

        // when
        dispatcher.onPartitionsRevokedBeforeCommit(null, List.of(new TopicPartition("dakora.model-calls", 0)));

        // then: the revocation returned after the result was published and the offset acknowledged
        verify(template).send("dakora.call-results", "job-1", done);
        verify(ack).acknowledge();
    }

    private void dispatchAndWait() throws InterruptedException {
        dispatcher.dispatch(new ConsumerRecord<>("dakora.model-calls", 0, 0L, "job-1", call), ack);
        executor.shutdown();
        assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    private ModelCallCompleted result(CallStatus status, String error) {
        return new ModelCallCompleted(call.callId(), call.jobId(), null, null, call.templateId(), call.version(),
                call.model(), "echo", status, error == null ? "hello" : null, 1, 1, BigDecimal.ZERO, true, 0, error,
                error == null ? 1 : 0, call.inputs(), Instant.now());
    }
}
