package dev.dakora.sink.messaging;

import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.Topics;
import dev.dakora.sink.persistence.ExecutionWriter;
import dev.dakora.sink.persistence.SinkPositions;
import dev.dakora.sink.support.TestDatabase;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import static dev.dakora.sink.support.TestEvents.AT;
import static dev.dakora.sink.support.TestEvents.succeeded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SinkListenerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final String GROUP = "sink-listener-test";

    private static SinkListener<ModelCallCompleted> listener;
    private static SinkPositions positions;
    private static TransactionalOperator transactions;
    private static ExecutionWriter executions;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void database() {
        TestDatabase database = TestDatabase.create();
        ConnectionFactory connections = database.connections();
        DatabaseClient client = DatabaseClient.create(connections);
        executions = new ExecutionWriter(client);
        positions = new SinkPositions(client);
        transactions = TransactionalOperator.create(new R2dbcTransactionManager(connections));
        listener = listenerOf(executions::write);
        jdbc = database.jdbc();
    }

    private static SinkListener<ModelCallCompleted> listenerOf(Function<List<ModelCallCompleted>, Mono<?>> write) {
        return new SinkListener<>(new PositionedWrite<>(GROUP, write, positions, transactions), TIMEOUT);
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
        ConnectionFactory unreachable = ConnectionFactories.get(
                "r2dbc:postgresql://postgres:postgres@localhost:" + closedPort + "/postgres?connectTimeout=PT2S");
        DatabaseClient offlineClient = DatabaseClient.create(unreachable);
        SinkListener<ModelCallCompleted> offline = new SinkListener<>(new PositionedWrite<>(GROUP,
                new ExecutionWriter(offlineClient)::write, new SinkPositions(offlineClient),
                TransactionalOperator.create(new R2dbcTransactionManager(unreachable))), TIMEOUT);

        // when / then
        assertThatThrownBy(() -> offline.onMessage(List.of(record(0, succeeded("l4", null, null, "a")))))
                .isNotInstanceOf(BatchListenerFailedException.class);
        assertThat(rows("l4")).isZero();
    }

    @Test
    void should_store_the_position_after_each_partition_with_the_rows_of_the_batch() {
        // when
        listener.onMessage(List.of(record(3, 10, succeeded("l5", null, null, "a")),
                record(4, 20, succeeded("l5", null, null, "b")), record(3, 11, succeeded("l5", null, null, "c"))));

        // then
        assertThat(rows("l5")).isEqualTo(3);
        assertThat(position(3)).isEqualTo(12);
        assertThat(position(4)).isEqualTo(21);
    }

    @Test
    void should_store_neither_rows_nor_position_when_the_transaction_fails_after_the_rows_were_written() {
        // given: the rows are written, then the transaction fails before it commits
        SinkListener<ModelCallCompleted> failing = listenerOf(calls -> executions.write(calls)
                .then(Mono.error(new IllegalStateException("lost before the commit"))));

        // when / then
        assertThatThrownBy(() -> failing.onMessage(List.of(record(5, 7, succeeded("l6", null, null, "a")))))
                .hasMessageContaining("lost before the commit");
        assertThat(rows("l6")).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM log_sink_positions WHERE kafka_partition = 5",
                Long.class)).isZero();
    }

    @Test
    void should_add_nothing_when_a_committed_batch_is_delivered_again_before_its_offsets_were_committed() {
        // given: written, then Kafka was not told (the process died between the two commits)
        List<ConsumerRecord<String, ModelCallCompleted>> batch = List.of(record(6, 0, succeeded("l7", null, null, "a")),
                record(6, 1, succeeded("l7", null, null, "b")));
        listener.onMessage(batch);
        BigDecimal cost = jdbc.queryForObject("SELECT sum(cost_usd) FROM executions WHERE job_id = 'l7'",
                BigDecimal.class);

        // when
        listener.onMessage(batch);

        // then
        assertThat(rows("l7")).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT sum(cost_usd) FROM executions WHERE job_id = 'l7'", BigDecimal.class))
                .isEqualByComparingTo(cost);
        assertThat(position(6)).isEqualTo(2);
    }

    private static ConsumerRecord<String, ModelCallCompleted> record(long offset, ModelCallCompleted call) {
        return record(0, offset, call);
    }

    private static ConsumerRecord<String, ModelCallCompleted> record(int partition, long offset,
                                                                     ModelCallCompleted call) {
        return new ConsumerRecord<>(Topics.CALL_RESULTS.name(), partition, offset, call.jobId(), call);
    }

    private static long position(int partition) {
        return jdbc.queryForObject("SELECT next_offset FROM log_sink_positions WHERE consumer_group = ? "
                + "AND topic = ? AND kafka_partition = ?", Long.class, GROUP, Topics.CALL_RESULTS.name(), partition);
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
