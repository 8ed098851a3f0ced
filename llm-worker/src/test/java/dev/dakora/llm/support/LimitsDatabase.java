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
     * (a trigger; the permits table forgets them once they leave the window).
     */
    public static String createAudited() {
        TestDatabase database = migrated();
        database.execute("CREATE TABLE grants_audit (limit_key text, granted_at bigint)",
                "CREATE FUNCTION audit_grant() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                        + "INSERT INTO grants_audit VALUES (NEW.limit_key, NEW.granted_at); RETURN NEW; END $$",
                "CREATE TRIGGER audit AFTER INSERT ON llm_limits.permits FOR EACH ROW EXECUTE FUNCTION audit_grant()");
        return database.jdbcUrl();
    }

    /** The grant times (microseconds) of one limit in an audited database, in order. */
    public static long[] grants(String url, String key) {
        try (Connection connection = DriverManager.getConnection(url, TestDatabase.USER, TestDatabase.PASSWORD);
             PreparedStatement query = connection.prepareStatement(
                     "SELECT granted_at FROM grants_audit WHERE limit_key = ? ORDER BY granted_at")) {
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
