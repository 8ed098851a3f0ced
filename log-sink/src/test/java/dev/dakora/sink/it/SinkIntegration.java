package dev.dakora.sink.it;

import dev.dakora.sink.LogSinkApplication;
import dev.dakora.sink.support.KafkaProbe;
import dev.dakora.sink.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

/**
 * The log sink's whole application against an embedded broker of its own and a fresh, empty database (migrated
 * by the application's Flyway), one of each per test class: a subclass names its Kafka Streams application id
 * ({@code @TestPropertySource}), so that each class gets a context of its own. Gives the tests a JDBC client of
 * that database and a {@link KafkaProbe} publishing as the other roles do.
 */
@SpringBootTest(classes = LogSinkApplication.class, properties = {
        "dakora.log-sink.topics.partitions=2",
        "dakora.log-sink.retry.max-interval=1s",
        "logging.level.org.apache.kafka=WARN",
})
@EmbeddedKafka(bootstrapServersProperty = "spring.kafka.bootstrap-servers", brokerProperties = {
        "transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1",
        "offsets.topic.replication.factor=1", "group.initial.rebalance.delay.ms=0"})
abstract class SinkIntegration {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    static JdbcTemplate jdbc;
    static KafkaProbe kafka;
    private static String jdbcUrl;

    /** Called once per context: each test class's context gets a database of its own. */
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        TestDatabase database = TestDatabase.createEmpty();
        registry.add("spring.r2dbc.url", database::r2dbcUrl);
        registry.add("spring.flyway.url", database::jdbcUrl);
        registry.add("spring.flyway.user", () -> "postgres");
        registry.add("spring.flyway.password", () -> "postgres");
        String stateDir = Files.createTempDirectory("log-sink-it").toString();
        registry.add("dakora.log-sink.streams.state-dir", () -> stateDir);
    }

    @BeforeAll
    static void clients(@Value("${spring.kafka.bootstrap-servers}") String bootstrap, @Value("${spring.flyway.url}") String url) {
        jdbcUrl = url;
        jdbc = connect();
        kafka = new KafkaProbe(bootstrap);
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    /** A JDBC client of its own on this class's database (for another thread). */
    static JdbcTemplate connect() {
        return new JdbcTemplate(new SingleConnectionDataSource(jdbcUrl, "postgres", "postgres", true));
    }

    static long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
