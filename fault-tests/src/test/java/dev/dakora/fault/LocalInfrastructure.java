package dev.dakora.fault;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import dev.dakora.testsupport.TestKafka;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * What Compose's {@code kafka} and {@code postgres} services give the roles, run in this JVM: an embedded
 * KRaft broker of its own (transactions with one replica, as the Compose broker; {@link TestKafka#startPrivate})
 * and an embedded PostgreSQL of its own with the {@code dakora} user and database (the names the Compose file
 * fixes, so not a database in the JVM's shared server, where a second cluster could not have them too).
 */
final class LocalInfrastructure implements SqlReads, AutoCloseable {

    static final String DB_PASSWORD = "dakora";

    private final EmbeddedKafkaKraftBroker kafka;
    private final EmbeddedPostgres postgres;

    private LocalInfrastructure(EmbeddedKafkaKraftBroker kafka, EmbeddedPostgres postgres) {
        this.kafka = kafka;
        this.postgres = postgres;
    }

    static LocalInfrastructure start() throws IOException, SQLException {
        EmbeddedKafkaKraftBroker kafka = TestKafka.startPrivate(6);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "200").start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE dakora LOGIN PASSWORD '" + DB_PASSWORD + "'");
            statement.execute("CREATE DATABASE dakora OWNER dakora");
        }
        return new LocalInfrastructure(kafka, postgres);
    }

    String kafkaAddress() {
        return kafka.getBrokersAsString();
    }

    int postgresPort() {
        return postgres.getPort();
    }

    /** Compose's service addresses mapped to the local ones. */
    Map<String, String> hosts() {
        return Map.of("kafka:9092", kafkaAddress(), "postgres:5432", "127.0.0.1:" + postgresPort());
    }

    /** A connection of its own to the database the roles share, as the roles' user. */
    @Override
    public Connection connect() throws SQLException {
        return postgres.getDatabase("dakora", "dakora").getConnection();
    }

    @Override
    public void close() throws IOException {
        try {
            kafka.destroy();
        } finally {
            postgres.close();
        }
    }
}
