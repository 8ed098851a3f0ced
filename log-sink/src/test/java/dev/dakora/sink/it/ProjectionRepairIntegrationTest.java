package dev.dakora.sink.it;

import dev.dakora.common.event.BatchProgressed;
import dev.dakora.common.event.EventJson;
import dev.dakora.common.event.JobCompleted;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ResultEvent;
import dev.dakora.common.event.Topics;
import dev.dakora.sink.support.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.test.context.TestPropertySource;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static dev.dakora.sink.support.TestEvents.compareJob;
import static dev.dakora.sink.support.TestEvents.callId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The PostgreSQL projection after the database lost commits Kafka had been told about, and after Kafka
 * lost offsets the database holds: the writers resume from the positions stored with the rows.
 */
@TestPropertySource(properties = "dakora.log-sink.streams.application-id=log-sink-repair-it")
class ProjectionRepairIntegrationTest extends SinkIntegration {

    @Autowired
    private List<ConcurrentMessageListenerContainer<String, Object>> writers;

    @Test
    void should_write_again_what_the_database_lost_without_lowering_a_counter() throws Exception {
        // given: a batch of 20 rows x 2 models, stored
        String batchId = "lost";
        SinkBatch.publish(kafka, batchId, 20);
        awaitCompleted(batchId, 20);
        Map<String, Object> stored = jdbc.queryForMap("SELECT * FROM batches WHERE batch_id = ?", batchId);

        // and: the database loses its last commits: the completions of 5 jobs, 4 execution rows and the
        // batch's final progress, with the positions that recorded them
        stopWriters();
        Set<String> lostJobs = Set.of("lost-0", "lost-3", "lost-7", "lost-12", "lost-19");
        Set<String> lostCalls = Set.of(callId("lost-1", SinkBatch.MODELS.get(0)), callId("lost-4", SinkBatch.MODELS.get(1)),
                callId("lost-9", SinkBatch.MODELS.get(0)), callId("lost-18", SinkBatch.MODELS.get(1)));
        Lost.rollBack(jdbc, kafka, Topics.CALL_RESULTS.name(),
                record -> lostCalls.contains(EventJson.read(record.value(), ModelCallCompleted.class).callId()));
        Lost.rollBack(jdbc, kafka, Topics.RESULTS.name(), record -> switch (EventJson.read(record.value(), ResultEvent.class)) {
            case JobCompleted job -> lostJobs.contains(job.jobId());
            case BatchProgressed progress -> progress.batchId().equals(batchId) && progress.status().wireName().equals("completed");
            default -> false;
        });
        jdbc.update("DELETE FROM executions WHERE call_id = ANY (?)", (Object) lostCalls.toArray(String[]::new));
        jdbc.update("UPDATE jobs SET status = 'running', result = NULL, completed_at = NULL WHERE job_id = ANY (?)",
                (Object) lostJobs.toArray(String[]::new));
        jdbc.update("""
                UPDATE batches SET status = 'running', completed_jobs = 15, completed_calls = 36,
                       total_cost_usd = 0.036, total_tokens_in = 360, total_tokens_out = 720, completed_at = NULL
                WHERE batch_id = ?""", batchId);

        // when
        try (ProgressSampler sampler = new ProgressSampler(connect(), batchId,
                jobId -> jobId.startsWith("lost-") && !lostJobs.contains(jobId))) {
            startWriters();
            awaitCompleted(batchId, 20);

            // then: counters only grew and no job that stayed final was touched while repairing
            assertThat(sampler.samples()).isNotEmpty()
                    .isSortedAccordingTo((a, b) -> Long.compare(a.completedCalls(), b.completedCalls()))
                    .isSortedAccordingTo((a, b) -> Long.compare(a.completedJobs(), b.completedJobs()))
                    .allSatisfy(sample -> assertThat(sample.finalUntouchedJobs()).isEqualTo(15));
        }
        Map<String, Object> repaired = jdbc.queryForMap("SELECT * FROM batches WHERE batch_id = ?", batchId);
        assertThat(repaired).containsEntry("status", "completed").containsEntry("completed_jobs", 20)
                .containsEntry("completed_calls", 40).containsEntry("total_tokens_in", stored.get("total_tokens_in"))
                .containsEntry("completed_at", stored.get("completed_at"));
        assertThat((BigDecimal) repaired.get("total_cost_usd")).isEqualByComparingTo((BigDecimal) stored.get("total_cost_usd"));
        assertThat(count("SELECT count(*) FROM executions WHERE batch_id = ?", batchId)).isEqualTo(40);
        assertThat(count("SELECT count(*) FROM jobs WHERE batch_id = ? AND result IS NOT NULL AND completed_at IS NOT NULL",
                batchId)).isEqualTo(20);
    }

    @Test
    void should_write_nothing_again_when_kafka_lost_the_offsets_the_database_holds() throws Exception {
        // given: a batch, stored
        String batchId = "kept";
        SinkBatch.publish(kafka, batchId, 6);
        awaitCompleted(batchId, 6);

        // and: Kafka forgot the writers' offsets (as when a writer dies between its two commits)
        stopWriters();
        Timestamp jobsUpdated = jdbc.queryForObject("SELECT max(updated_at) FROM jobs WHERE batch_id = ?",
                Timestamp.class, batchId);
        Timestamp batchUpdated = jdbc.queryForObject("SELECT updated_at FROM batches WHERE batch_id = ?",
                Timestamp.class, batchId);
        await().atMost(PATIENCE).untilAsserted(() -> kafka.deleteGroups(Stream.of(Topics.JOBS, Topics.RENDERS,
                Topics.CALL_RESULTS, Topics.RESULTS).map(topic -> "dakora-log-sink." + topic.name()).toList()));

        // when: the writers start again and a new job follows each of the batch's jobs on its partition
        startWriters();
        for (int row = 0; row < 6; row++) {
            kafka.send(Topics.JOBS.name(), batchId + "-" + row, compareJob("after-" + row, null, null, SinkBatch.MODELS));
        }
        kafka.flush();
        await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM jobs WHERE job_id LIKE 'after-%'") == 6);

        // then: the jobs and results before were not written a second time
        assertThat(jdbc.queryForObject("SELECT max(updated_at) FROM jobs WHERE batch_id = ?", Timestamp.class, batchId))
                .isEqualTo(jobsUpdated);
        assertThat(jdbc.queryForObject("SELECT updated_at FROM batches WHERE batch_id = ?", Timestamp.class, batchId))
                .isEqualTo(batchUpdated);
    }

    private void stopWriters() {
        writers.forEach(ConcurrentMessageListenerContainer::stop);
    }

    private void startWriters() {
        writers.forEach(ConcurrentMessageListenerContainer::start);
    }

    private static void awaitCompleted(String batchId, int jobs) {
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(count("SELECT count(*) FROM executions WHERE batch_id = ?", batchId)).isEqualTo(jobs * 2L);
            assertThat(count("SELECT count(*) FROM jobs WHERE batch_id = ? AND status = 'completed'", batchId))
                    .isEqualTo(jobs);
            assertThat(jdbc.queryForList("SELECT status FROM batches WHERE batch_id = ? AND completed_calls = ?",
                    String.class, batchId, jobs * 2)).containsExactly("completed");
        });
    }


    /** Lowers the stored positions of a topic's writer to the first record matching {@code lost}, per partition. */
    private static final class Lost {

        static void rollBack(JdbcTemplate jdbc, KafkaProbe kafka, String topic,
                             Predicate<ConsumerRecord<String, byte[]>> lost) throws Exception {
            List<ConsumerRecord<String, byte[]>> records = kafka.readAll(topic).stream().filter(lost).toList();
            assertThat(records).as("records to lose on " + topic).isNotEmpty();
            for (ConsumerRecord<String, byte[]> record : records) {
                int lowered = jdbc.update("""
                        UPDATE log_sink_positions SET next_offset = LEAST(next_offset, ?)
                        WHERE consumer_group = ? AND topic = ? AND kafka_partition = ?""",
                        record.offset(), "dakora-log-sink." + topic, topic, record.partition());
                assertThat(lowered).as("a stored position for " + topic + "-" + record.partition()).isEqualTo(1);
            }
        }
    }
}
