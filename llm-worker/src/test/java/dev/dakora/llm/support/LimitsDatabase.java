package dev.dakora.llm.support;

import dev.dakora.llm.persistence.LimitsFlyway;
import dev.dakora.testsupport.TestDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Fresh databases in the JVM's one embedded PostgreSQL ({@link TestDatabase}), migrated with the limits schema. */
public final class LimitsDatabase {

    private LimitsDatabase() {
    }

    /** @return the JDBC URL of a new, migrated database (user and password "postgres") */
    public static String create() {
        return migrated().jdbcUrl();
    }

    /**
     * A new migrated database that also keeps every permit ever granted in {@code grants_audit}
     * (triggers; the permits table forgets them once they leave the window) with the time they count from
     * (a renewal moves it), marking those given back unused ({@code refund_permit}) as refunded.
     */
    public static String createAudited() {
        TestDatabase database = migrated();
        database.execute("CREATE TABLE grants_audit (id bigint, limit_key text, granted_at bigint, "
                        + "refunded boolean NOT NULL DEFAULT false)",
                "CREATE FUNCTION audit_grant() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                        + "INSERT INTO grants_audit VALUES (NEW.id, NEW.limit_key, NEW.granted_at); RETURN NEW; END $$",
                "CREATE TRIGGER audit AFTER INSERT ON llm_limits.permits FOR EACH ROW EXECUTE FUNCTION audit_grant()",
                "CREATE FUNCTION audit_renewal() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                        + "UPDATE grants_audit SET granted_at = NEW.granted_at WHERE id = NEW.id; RETURN NEW; END $$",
                "CREATE TRIGGER audit_renewal AFTER UPDATE OF granted_at ON llm_limits.permits FOR EACH ROW "
                        + "EXECUTE FUNCTION audit_renewal()",
                "CREATE FUNCTION audit_refund() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                        + "IF current_query() LIKE '%refund_permit%' THEN "
                        + "UPDATE grants_audit SET refunded = true WHERE id = OLD.id; END IF; RETURN OLD; END $$",
                "CREATE TRIGGER audit_refund AFTER DELETE ON llm_limits.permits FOR EACH ROW "
                        + "EXECUTE FUNCTION audit_refund()");
        return database.jdbcUrl();
    }

    /** The grant times (microseconds) of the permits of one limit that were not refunded, in order. */
    public static long[] grants(String url, String key) {
        return times(url, "SELECT granted_at FROM grants_audit WHERE limit_key = ? AND NOT refunded ORDER BY granted_at", key);
    }

    /** How many permits of one limit were given back unused. */
    public static int refunds(String url, String key) {
        return times(url, "SELECT granted_at FROM grants_audit WHERE limit_key = ? AND refunded", key).length;
    }

    private static long[] times(String url, String sql, String key) {
        try (Connection connection = DriverManager.getConnection(url, TestDatabase.USER, TestDatabase.PASSWORD);
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, key);
            List<Long> times = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    times.add(rows.getLong(1));
                }
            }
            return times.stream().mapToLong(Long::longValue).toArray();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TestDatabase migrated() {
        TestDatabase database = TestDatabase.create("limits");
        LimitsFlyway.migrate(database.jdbcUrl(), TestDatabase.USER, TestDatabase.PASSWORD);
        return database;
    }
}
