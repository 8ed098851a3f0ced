package dev.dakora.render.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordAttemptsTest {

    private static final TopicPartition P0 = new TopicPartition("dakora.jobs", 0);

    private final MemoryAttemptStore store = new MemoryAttemptStore();

    @Test
    void should_give_up_the_record_that_killed_the_worker_three_times_and_no_other() {
        // given: a batch of five records whose third kills every worker that renders it
        List<ConsumerRecord<String, String>> batch = records(0, 5);

        // when: the first worker dies inside the batch, the next three die on record 2 itself
        for (int death = 0; death < 4; death++) {
            RecordAttempts.Batch started = worker().start(batch);
            assertThat(renderUntilDeath(started, batch, 2)).as("worker %d renders up to the culprit", death).isTrue();
        }
        RecordAttempts.Batch fifth = worker().start(batch);

        // then
        assertThat(fifth.mayRender(batch.get(0))).isTrue();
        assertThat(fifth.mayRender(batch.get(1))).isTrue();
        assertThat(fifth.mayRender(batch.get(2))).isFalse();
        assertThat(fifth.mayRender(batch.get(3))).isTrue();
        assertThat(fifth.maxAttempts()).isEqualTo(3);
    }

    @Test
    void should_render_the_record_again_when_it_killed_fewer_workers_than_the_limit() {
        // given: the first worker dies somewhere in the batch, two more die on record 2
        List<ConsumerRecord<String, String>> batch = records(0, 5);
        for (int death = 0; death < 3; death++) {
            renderUntilDeath(worker().start(batch), batch, 2);
        }

        // when
        RecordAttempts.Batch fourth = worker().start(batch);

        // then
        assertThat(fourth.mayRender(batch.get(2))).isTrue();
        assertThat(store.marker(P0)).isEqualTo(new AttemptMarker(2, 3));
    }

    @Test
    void should_write_one_marker_per_batch_and_none_per_record_when_no_worker_died() {
        // given
        RecordAttempts attempts = worker();

        // when
        RecordAttempts.Batch first = attempts.start(records(0, 3));
        records(0, 3).forEach(first::mayRender);
        RecordAttempts.Batch second = attempts.start(records(3, 6));
        records(3, 6).forEach(second::mayRender);

        // then
        assertThat(store.writes).hasSize(2);
        assertThat(store.marker(P0)).isEqualTo(new AttemptMarker(3, 0));
    }

    @Test
    void should_not_count_a_redelivery_in_the_same_worker_as_a_death() {
        // given: a worker that took over from a dead one renders the suspect, then its transaction rolls back
        List<ConsumerRecord<String, String>> batch = records(0, 3);
        renderUntilDeath(worker().start(batch), batch, 1);
        RecordAttempts survivor = worker();
        RecordAttempts.Batch careful = survivor.start(batch);
        batch.forEach(careful::mayRender);

        // when
        RecordAttempts.Batch redelivered = survivor.start(batch);

        // then
        assertThat(store.marker(P0)).isEqualTo(new AttemptMarker(0, 0));
        assertThat(batch).allMatch(redelivered::mayRender);
    }

    @Test
    void should_forget_a_marker_the_committed_offsets_moved_past() {
        // given: a worker died at offset 1, but the batch committed before (its marker is stale)
        renderUntilDeath(worker().start(records(0, 2)), records(0, 2), 1);
        RecordAttempts next = worker();

        // when
        RecordAttempts.Batch later = next.start(records(5, 7));

        // then
        assertThat(records(5, 7)).allMatch(later::mayRender);
        assertThat(store.marker(P0)).isEqualTo(new AttemptMarker(5, 0));
    }

    @Test
    void should_refuse_a_limit_below_one() {
        assertThatThrownBy(() -> new RecordAttempts(store, 0)).hasMessageContaining("max-attempts");
    }

    private RecordAttempts worker() {
        RecordAttempts attempts = new RecordAttempts(store, 3);
        attempts.onPartitionsAssigned(List.of(P0));
        return attempts;
    }

    /** Renders records until the one at {@code culprit}, where the process "dies": nothing more happens. */
    private static boolean renderUntilDeath(RecordAttempts.Batch batch, List<ConsumerRecord<String, String>> records,
                                            long culprit) {
        for (ConsumerRecord<String, String> record : records) {
            boolean allowed = batch.mayRender(record);
            if (record.offset() == culprit) {
                return allowed;
            }
        }
        return false;
    }

    private static List<ConsumerRecord<String, String>> records(long from, long to) {
        return LongStream.range(from, to)
                .mapToObj(offset -> new ConsumerRecord<>(P0.topic(), P0.partition(), offset, "job-" + offset, "v"))
                .toList();
    }
}
