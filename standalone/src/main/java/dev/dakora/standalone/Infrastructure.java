package dev.dakora.standalone;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL and Kafka servers every role shares. Started before any Spring context,
 * closed after all of them: Kafka first, then PostgreSQL. {@link #roleProperties()} is how the roles
 * learn where the servers are.
 */
final class Infrastructure implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Infrastructure.class);

    private final PostgresServer postgres;
    private final KafkaServer kafka;
    private final Duration postgresStartup;
    private final Duration kafkaStartup;

    private Infrastructure(PostgresServer postgres, KafkaServer kafka, Duration postgresStartup,
                           Duration kafkaStartup) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.postgresStartup = postgresStartup;
        this.kafkaStartup = kafkaStartup;
    }

    static Infrastructure start(StandaloneSettings settings) {
        long started = System.nanoTime();
        PostgresServer postgres = PostgresServer.start(settings.postgresDir(), settings.host(), settings.postgresPort());
        Duration postgresStartup = Duration.ofNanos(System.nanoTime() - started);
        long kafkaStarted = System.nanoTime();
        try {
            KafkaServer kafka = KafkaServer.start(settings.kafkaDir(), settings.host(), settings.kafkaPort(),
                    settings.kafkaControllerPort());
            Duration kafkaStartup = Duration.ofNanos(System.nanoTime() - kafkaStarted);
            log.info("PostgreSQL ready on {} in {} ms, Kafka ready on {} in {} ms", postgres.jdbcUrl(),
                    postgresStartup.toMillis(), kafka.bootstrapServers(), kafkaStartup.toMillis());
            return new Infrastructure(postgres, kafka, postgresStartup, kafkaStartup);
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    /** The Spring properties that point a role at these servers. */
    Map<String, Object> roleProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.r2dbc.url", postgres.r2dbcUrl());
        properties.put("spring.r2dbc.username", PostgresServer.USER);
        properties.put("spring.r2dbc.password", "");
        properties.put("spring.flyway.url", postgres.jdbcUrl());
        properties.put("spring.flyway.user", PostgresServer.USER);
        properties.put("spring.flyway.password", "");
        properties.put("spring.datasource.url", postgres.jdbcUrl());
        properties.put("spring.datasource.username", PostgresServer.USER);
        properties.put("spring.datasource.password", "");
        properties.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
        return properties;
    }

    PostgresServer postgres() {
        return postgres;
    }

    KafkaServer kafka() {
        return kafka;
    }

    Duration postgresStartup() {
        return postgresStartup;
    }

    Duration kafkaStartup() {
        return kafkaStartup;
    }

    @Override
    public void close() {
        try {
            kafka.close();
        } finally {
            postgres.close();
        }
    }
}
