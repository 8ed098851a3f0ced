package dev.dakora.sink.messaging;

import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.Topics;
import dev.dakora.sink.persistence.ExecutionWriter;
import dev.dakora.sink.support.TestDatabase;
import io.r2dbc.spi.ConnectionFactories;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.r2dbc.core.DatabaseClient;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static dev.dakora.sink.support.TestEvents.AT;
import static dev.dakora.sink.support.TestEvents.succeeded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SinkListenerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static SinkListener<ModelCallCompleted> listener;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void database() {
        TestDatabase database = TestDatabase.create();
        listener = new SinkListener<>(new ExecutionWriter(database.client())::write, TIMEOUT);
        jdbc = database.jdbc();
    }

    @Test
    void should_write_every_record_when_all_are_readable() {
        // when
        listener.onMessage(List.of(record(0, succeeded("l1", null, null, "a")), record(1, succeeded("l1", null, null, "b"))));

        // then
        assertThat(rows("l1")).isEqualTo(2);
    }

    @Test
    void should_write_the_records_before_an_unreadable_one_and_report_its_index() {
        // given
        List<ConsumerRecord<String, ModelCallCompleted>> records = List.of(record(0, succeeded("l2", null, null, "a")),
                unreadable(1), record(2, succeeded("l2", null, null, "b")));

        // when / then
        assertThatThrownBy(() -> listener.onMessage(records))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, error -> {
                    assertThat(error.getIndex()).isEqualTo(1);
                    assertThat(error.getCause()).isInstanceOf(DeserializationException.class);
                });
        assertThat(rows("l2")).as("only the record before the unreadable one").isEqualTo(1);
    }

    @Test
    void should_report_the_record_the_database_refuses_when_its_text_holds_a_nul_character() {
        // given
        ModelCallCompleted refused = new ModelCallCompleted("l3:bad", "l3", null, null, "greeting", "1.0.0", "echo",
                "echo", CallStatus.SUCCEEDED, "nul \u0000 inside", 1, 1, null, false, 1, null, 1, null, AT);
        List<ConsumerRecord<String, ModelCallCompleted>> records = List.of(record(0, succeeded("l3", null, null, "a")),
                record(1, refused), record(2, succeeded("l3", null, null, "b")));

        // when / then
        assertThatThrownBy(() -> listener.onMessage(records))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, error -> {
                    assertThat(error.getIndex()).isEqualTo(1);
                    assertThat(error.getCause()).isInstanceOf(UnstorableRecordException.class);
                });
        assertThat(rows("l3")).isEqualTo(1);
    }

    @Test
    void should_fail_the_whole_batch_for_a_retry_when_the_database_is_unreachable() throws Exception {
        // given
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DatabaseClient unreachable = DatabaseClient.create(ConnectionFactories.get(
                "r2dbc:postgresql://postgres:postgres@localhost:" + closedPort + "/postgres?connectTimeout=PT2S"));
        SinkListener<ModelCallCompleted> offline = new SinkListener<>(new ExecutionWriter(unreachable)::write, TIMEOUT);

        // when / then
        assertThatThrownBy(() -> offline.onMessage(List.of(record(0, succeeded("l4", null, null, "a")))))
                .isNotInstanceOf(BatchListenerFailedException.class);
        assertThat(rows("l4")).isZero();
    }

    private static ConsumerRecord<String, ModelCallCompleted> record(long offset, ModelCallCompleted call) {
        return new ConsumerRecord<>(Topics.CALL_RESULTS.name(), 0, offset, call.jobId(), call);
    }

    private static ConsumerRecord<String, ModelCallCompleted> unreadable(long offset) {
        ConsumerRecord<String, ModelCallCompleted> record =
                new ConsumerRecord<>(Topics.CALL_RESULTS.name(), 0, offset, "l2", null);
        byte[] data = "{not json".getBytes(StandardCharsets.UTF_8);
        SerializationUtils.deserializationException(record.headers(), data,
                new DeserializationException("not a ModelCallCompleted", data, false, new IllegalStateException()), false);
        return record;
    }

    private static long rows(String jobId) {
        return jdbc.queryForObject("SELECT count(*) FROM executions WHERE job_id = ?", Long.class, jobId);
    }
}
