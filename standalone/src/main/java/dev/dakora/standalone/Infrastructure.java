package dev.dakora.standalone;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL and Kafka servers every role shares. Started side by side before any Spring
 * context, closed after all of them: Kafka first, then PostgreSQL. {@link #roleProperties()} is how
 * the roles learn where the servers are.
 */
final class Infrastructure implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Infrastructure.class);

    private final Timed<PostgresServer> postgres;
    private final Timed<KafkaServer> kafka;

    private Infrastructure(Timed<PostgresServer> postgres, Timed<KafkaServer> kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    static Infrastructure start(StandaloneSettings settings) {
        CompletableFuture<Timed<PostgresServer>> postgres = startInBackground("postgres-start",
                () -> PostgresServer.start(settings.postgresDir(), settings.host(), settings.postgresPort()));
        Timed<KafkaServer> kafka;
        try {
            kafka = Timed.of(() -> KafkaServer.start(settings.kafkaDir(), settings.host(), settings.kafkaPort(),
                    settings.kafkaControllerPort()));
        } catch (RuntimeException e) {
            closeWhenStarted(postgres);
            throw e;
        }
        Timed<PostgresServer> startedPostgres;
        try {
            startedPostgres = postgres.join();
        } catch (CompletionException e) {
            kafka.server().close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        log.info("PostgreSQL ready on {} in {} ms, Kafka ready on {} in {} ms", startedPostgres.server().jdbcUrl(),
                startedPostgres.took().toMillis(), kafka.server().bootstrapServers(), kafka.took().toMillis());
        return new Infrastructure(startedPostgres, kafka);
    }

    private static void closeWhenStarted(CompletableFuture<Timed<PostgresServer>> postgres) {
        try {
            postgres.join().server().close();
        } catch (CompletionException alsoFailed) {
            log.warn("PostgreSQL did not start either: {}", alsoFailed.getCause().getMessage());
        }
    }

    private static <T> CompletableFuture<Timed<T>> startInBackground(String name, Supplier<T> start) {
        CompletableFuture<Timed<T>> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(Timed.of(start));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, name);
        thread.start();
        return result;
    }

    /** The Spring properties that point a role at these servers. */
    Map<String, Object> roleProperties() {
        PostgresServer db = postgres.server();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.r2dbc.url", db.r2dbcUrl());
        properties.put("spring.r2dbc.username", PostgresServer.USER);
        properties.put("spring.r2dbc.password", "");
        properties.put("spring.flyway.url", db.jdbcUrl());
        properties.put("spring.flyway.user", PostgresServer.USER);
        properties.put("spring.flyway.password", "");
        properties.put("spring.datasource.url", db.jdbcUrl());
        properties.put("spring.datasource.username", PostgresServer.USER);
        properties.put("spring.datasource.password", "");
        properties.put("spring.kafka.bootstrap-servers", kafka.server().bootstrapServers());
        return properties;
    }

    PostgresServer postgres() {
        return postgres.server();
    }

    KafkaServer kafka() {
        return kafka.server();
    }

    Duration postgresStartup() {
        return postgres.took();
    }

    Duration kafkaStartup() {
        return kafka.took();
    }

    @Override
    public void close() {
        try {
            kafka.server().close();
        } finally {
            postgres.server().close();
        }
    }

    record Timed<T>(T server, Duration took) {

        static <T> Timed<T> of(Supplier<T> start) {
            long started = System.nanoTime();
            T server = start.get();
            return new Timed<>(server, Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
