package dev.dakora.llm.messaging;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.Acknowledgment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OffsetTrackerTest {

    private final TopicPartition p0 = new TopicPartition("dakora.model-calls", 0);
    private final TopicPartition p1 = new TopicPartition("dakora.model-calls", 1);
    private final List<String> acknowledged = new ArrayList<>();
    private final OffsetTracker tracker = new OffsetTracker();

    private Acknowledgment ack(TopicPartition partition, long offset) {
        return () -> acknowledged.add(partition.partition() + "@" + offset);
    }

    private void start(TopicPartition partition, long... offsets) {
        for (long offset : offsets) {
            tracker.started(partition, offset, ack(partition, offset), new CallTicket("call-" + offset));
        }
    }

    @Test
    void should_hold_the_commit_back_when_an_earlier_call_is_still_running() {
        // given
        start(p0, 10, 11, 12);

        // when
        tracker.finished(p0, 12);
        tracker.finished(p0, 11);

        // then
        assertThat(acknowledged).isEmpty();
        assertThat(tracker.inFlight()).isEqualTo(1);
    }

    @Test
    void should_acknowledge_the_last_of_the_finished_run_when_the_earliest_call_finishes() {
        // given
        start(p0, 10, 11, 12, 14);
        tracker.finished(p0, 11);
        tracker.finished(p0, 12);

        // when
        tracker.finished(p0, 10);

        // then: one acknowledgement, of 12 (commits 13); 14 still runs
        assertThat(acknowledged).containsExactly("0@12");
        assertThat(tracker.inFlight()).isEqualTo(1);
    }

    @Test
    void should_track_partitions_apart_when_calls_of_several_run() {
        start(p0, 5, 6);
        start(p1, 5);

        tracker.finished(p1, 5);

        assertThat(acknowledged).containsExactly("1@5");
    }

    @Test
    void should_wait_for_the_running_calls_of_revoked_partitions_when_asked() throws Exception {
        // given
        start(p0, 1);
        start(p1, 1);
        Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
            tracker.finished(p0, 1);
        });

        // then: p0 finishes within the grace, p1 does not
        assertThat(tracker.awaitFinished(Set.of(p0), java.time.Duration.ofSeconds(10))).isTrue();
        assertThat(acknowledged).containsExactly("0@1");
        assertThat(tracker.awaitFinished(Set.of(p1), java.time.Duration.ofMillis(100))).isFalse();
    }

    @Test
    void should_never_acknowledge_a_revoked_partition_when_its_calls_finish_later() {
        // given
        start(p0, 1, 2);
        start(p1, 1);

        // when
        tracker.forget(Set.of(p0));
        tracker.finished(p0, 1);

        // then
        assertThat(acknowledged).isEmpty();
        assertThat(tracker.inFlight()).isEqualTo(1);
    }

    @Test
    void should_commit_up_to_a_withdrawn_call_and_not_past_it_when_later_calls_finish() {
        // given: 1 finishes, 2 is withdrawn unsent, 3 is sent and finishes
        CallTicket first = new CallTicket("call-1");
        CallTicket sent = new CallTicket("call-3");
        tracker.started(p0, 1, ack(p0, 1), first);
        start(p0, 2);
        tracker.started(p0, 3, ack(p0, 3), sent);
        assertThat(first.send()).isTrue();
        assertThat(sent.send()).isTrue();

        // when
        tracker.withdrawQueued(Set.of(p0));
        tracker.finished(p0, 1);
        tracker.finished(p0, 3);

        // then: the commit stops before 2, which the next owner runs
        assertThat(acknowledged).containsExactly("0@1");
        assertThat(tracker.held(p0)).isZero();
    }

    @Test
    void should_leave_a_sent_call_running_when_its_partition_is_revoked() throws Exception {
        // given
        CallTicket sent = new CallTicket("call-1");
        tracker.started(p0, 1, ack(p0, 1), sent);
        sent.send();

        // when
        tracker.withdrawQueued(Set.of(p0));

        // then
        assertThat(sent.state()).isEqualTo(CallTicket.State.SENT);
        assertThat(tracker.awaitFinished(Set.of(p0), java.time.Duration.ofMillis(50))).isFalse();
        assertThat(tracker.finished(p0, 1)).isEqualTo(2);
        assertThat(tracker.awaitFinished(Set.of(p0), java.time.Duration.ofMillis(50))).isTrue();
    }
}
