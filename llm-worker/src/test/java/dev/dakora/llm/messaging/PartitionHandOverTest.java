package dev.dakora.llm.messaging;

import dev.dakora.llm.lane.BatchLane;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.support.Acknowledgment;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class PartitionHandOverTest {

    private static final TopicPartition PARTITION = new TopicPartition("dakora.model-calls", 0);

    private final OffsetTracker tracker = new OffsetTracker();
    private final CallLedger ledger = new CallLedger(new ResultsReader(() -> new MockConsumer<>("earliest"), Duration.ZERO));
    private final Backpressure backpressure = new Backpressure(mock(KafkaListenerEndpointRegistry.class), "calls", 100,
            100, tracker::inFlight, tracker::held);
    private final Acknowledgment first = mock(Acknowledgment.class);
    private final Acknowledgment second = mock(Acknowledgment.class);
    private final CallTicket queued = new CallTicket("call-queued");
    private final CallTicket sent = new CallTicket("call-sent");

    @AfterEach
    void closeLedger() {
        ledger.close();
    }

    private PartitionHandOver handOver(Duration grace) {
        return new PartitionHandOver(tracker, ledger, backpressure, BatchLane.off(Clock.systemUTC()),
                new DispatchSettings(100, 100, grace, Duration.ofSeconds(1), Duration.ZERO));
    }

    private void holdOneSentAndOneQueuedCall() {
        tracker.started(PARTITION, 0, first, sent);
        tracker.started(PARTITION, 1, second, queued);
        assertThat(sent.send()).isTrue();
    }

    @Test
    void should_withdraw_queued_calls_and_give_up_waiting_for_a_sent_one_after_the_grace() {
        // given
        holdOneSentAndOneQueuedCall();

        // when
        handOver(Duration.ofMillis(200)).revoked(List.of(PARTITION));

        // then
        assertThat(queued.state()).isEqualTo(CallTicket.State.WITHDRAWN);
        assertThat(sent.state()).isEqualTo(CallTicket.State.SENT);
        verify(first, never()).acknowledge();
        verify(second, never()).acknowledge();
        assertThat(tracker.inFlight()).isZero();
    }

    @Test
    void should_commit_a_sent_call_that_finishes_within_the_grace_before_letting_go() {
        // given
        tracker.started(PARTITION, 0, first, sent);
        assertThat(sent.send()).isTrue();
        CompletableFuture.runAsync(() -> tracker.finished(PARTITION, 0),
                CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS));

        // when
        handOver(Duration.ofMinutes(1)).revoked(List.of(PARTITION));

        // then
        verify(first).acknowledge();
        assertThat(tracker.inFlight()).isZero();
    }

    @Test
    void should_let_go_of_lost_partitions_without_waiting_for_their_sent_calls() throws Exception {
        // given
        holdOneSentAndOneQueuedCall();
        PartitionHandOver handOver = handOver(Duration.ofMinutes(5));

        // when
        CompletableFuture<Void> lost = CompletableFuture.runAsync(() -> handOver.lost(List.of(PARTITION)));

        // then: with the grace of five minutes applied this would time out
        lost.get(30, TimeUnit.SECONDS);
        assertThat(queued.state()).isEqualTo(CallTicket.State.WITHDRAWN);
        assertThat(sent.state()).isEqualTo(CallTicket.State.SENT);
        assertThat(tracker.inFlight()).isZero();
    }

    @Test
    void should_not_touch_the_consumer_when_no_partition_is_assigned() {
        // given
        Consumer<?, ?> consumer = mock(Consumer.class);

        // when
        handOver(Duration.ofSeconds(1)).assigned(consumer, List.of());

        // then
        verifyNoInteractions(consumer);
    }

    @Test
    void should_read_the_positions_and_end_offsets_of_newly_assigned_partitions() {
        // given
        Consumer<?, ?> consumer = mock(Consumer.class);
        when(consumer.position(PARTITION)).thenReturn(5L);
        when(consumer.endOffsets(List.of(PARTITION))).thenReturn(Map.of(PARTITION, 5L));

        // when
        handOver(Duration.ofSeconds(1)).assigned(consumer, List.of(PARTITION));

        // then
        verify(consumer).position(PARTITION);
        verify(consumer).endOffsets(List.of(PARTITION));
    }
}
