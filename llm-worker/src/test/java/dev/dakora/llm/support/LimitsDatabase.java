package dev.dakora.llm.support;

import dev.dakora.llm.persistence.LimitsFlyway;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** One embedded PostgreSQL per test JVM; each caller gets a fresh database, migrated with the limits schema. */
public final class LimitsDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private LimitsDatabase() {
    }

    /** @return the JDBC URL of a new, migrated database (user and password "postgres") */
    public static String create() {
        String name = "limits_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        String url = "jdbc:postgresql://localhost:" + server().getPort() + "/" + name;
        LimitsFlyway.migrate(url, "postgres", "postgres");
        return url;
    }

    /**
     * A new migrated database that also keeps every permit ever granted in {@code grants_audit}
     * (a trigger; the permits table forgets them once they leave the window).
     */
    public static String createAudited() {
        String url = create();
        try (Connection connection = java.sql.DriverManager.getConnection(url, "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE grants_audit (limit_key text, granted_at bigint)");
            statement.execute("CREATE FUNCTION audit_grant() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "INSERT INTO grants_audit VALUES (NEW.limit_key, NEW.granted_at); RETURN NEW; END $$");
            statement.execute("CREATE TRIGGER audit AFTER INSERT ON llm_limits.permits FOR EACH ROW EXECUTE FUNCTION audit_grant()");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return url;
    }

    /** The grant times (microseconds) of one limit in an audited database, in order. */
    public static long[] grants(String url, String key) {
        try (Connection connection = java.sql.DriverManager.getConnection(url, "postgres", "postgres");
             java.sql.PreparedStatement query = connection.prepareStatement(
                     "SELECT granted_at FROM grants_audit WHERE limit_key = ? ORDER BY granted_at")) {
            query.setString(1, key);
            java.util.List<Long> times = new java.util.ArrayList<>();
            try (java.sql.ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    times.add(rows.getLong(1));
                }
            }
            return times.stream().mapToLong(Long::longValue).toArray();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "200").start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return postgres;
    }
}
