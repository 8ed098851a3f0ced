package dev.dakora.render.messaging;

import dev.dakora.common.event.JobCommand;
import dev.dakora.render.support.Jobs;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.Acknowledgment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobsListenerTest {

    private final List<String> handled = new ArrayList<>();
    private final AtomicLong clock = new AtomicLong();
    private final RecordingAck ack = new RecordingAck();

    @Test
    void should_handle_every_record_and_acknowledge_the_batch_when_it_stays_within_its_budget() {
        // given
        var listener = listener(record -> {
            handled.add(record.key());
            clock.addAndGet(Duration.ofSeconds(1).toNanos());
        }, Duration.ofSeconds(10), clock::get);

        // when
        listener.onJobs(records(3), ack);

        // then
        assertThat(handled).containsExactly("job-0", "job-1", "job-2");
        assertThat(ack.acknowledged).isTrue();
        assertThat(ack.nackedAt).isNull();
    }

    @Test
    void should_commit_what_is_done_and_poll_the_rest_again_when_the_batch_runs_past_its_budget() {
        // given
        var listener = listener(record -> {
            handled.add(record.key());
            clock.addAndGet(Duration.ofSeconds(4).toNanos());
        }, Duration.ofSeconds(10), clock::get);

        // when
        listener.onJobs(records(5), ack);

        // then
        assertThat(handled).containsExactly("job-0", "job-1", "job-2");
        assertThat(ack.nackedAt).isEqualTo(3);
        assertThat(ack.acknowledged).isFalse();
    }

    @Test
    void should_handle_at_least_one_record_when_the_budget_is_already_spent() {
        // given
        var listener = listener(record -> handled.add(record.key()), Duration.ZERO, () -> clock.addAndGet(1));

        // when
        listener.onJobs(records(2), ack);

        // then
        assertThat(handled).containsExactly("job-0");
        assertThat(ack.nackedAt).isEqualTo(1);
    }

    @Test
    void should_give_up_a_record_instead_of_handling_it_when_it_killed_the_worker_too_often() {
        // given
        MemoryAttemptStore store = new MemoryAttemptStore();
        store.write(Map.of(new TopicPartition("dakora.jobs", 0), new AttemptMarker(1, 3)));
        RecordAttempts attempts = new RecordAttempts(store, 3);
        attempts.onPartitionsAssigned(List.of(new TopicPartition("dakora.jobs", 0)));
        List<String> givenUp = new ArrayList<>();
        var listener = new JobsListener(new Handler(record -> handled.add(record.key()), givenUp), attempts,
                Duration.ofSeconds(10), clock::get);

        // when
        listener.onJobs(records(3), ack);

        // then
        assertThat(handled).containsExactly("job-0", "job-2");
        assertThat(givenUp).containsExactly("job-1 after 3");
        assertThat(ack.acknowledged).isTrue();
    }

    @Test
    void should_fail_the_batch_with_an_exception_and_not_an_error_when_handling_throws_an_error() {
        // given
        var listener = listener(record -> {
            throw new StackOverflowError("deep");
        }, Duration.ofSeconds(10), clock::get);

        // when / then
        assertThatThrownBy(() -> listener.onJobs(records(2), ack)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dakora.jobs-0@0").hasCauseInstanceOf(StackOverflowError.class);
        assertThat(ack.acknowledged).isFalse();
    }

    private static JobsListener listener(Consumer<ConsumerRecord<String, JobCommand>> handle, Duration budget,
                                         LongSupplier nanoTime) {
        return new JobsListener(new Handler(handle, new ArrayList<>()), new RecordAttempts(new MemoryAttemptStore(), 3),
                budget, nanoTime);
    }

    private record Handler(Consumer<ConsumerRecord<String, JobCommand>> handle, List<String> givenUp)
            implements JobsListener.RecordHandler {

        @Override
        public void handle(ConsumerRecord<String, JobCommand> record) {
            handle.accept(record);
        }

        @Override
        public void giveUp(ConsumerRecord<String, JobCommand> record, int attempts) {
            givenUp.add(record.key() + " after " + attempts);
        }
    }

    private static List<ConsumerRecord<String, JobCommand>> records(int count) {
        return IntStream.range(0, count).mapToObj(i -> new ConsumerRecord<String, JobCommand>("dakora.jobs", 0, i,
                "job-" + i, Jobs.render("job-" + i))).toList();
    }

    private static final class RecordingAck implements Acknowledgment {

        private boolean acknowledged;
        private Integer nackedAt;

        @Override
        public void acknowledge() {
            acknowledged = true;
        }

        @Override
        public void nack(int index, Duration sleep) {
            nackedAt = index;
        }
    }
}
