package dev.dakora.fault;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * {@code kill -9} of the log sink in the middle of a write: the test JVM watches {@code pg_stat_activity} for a
 * backend whose transaction has written and is still open with an insert into {@code executions} or
 * {@code experiment_results} as its latest statement (the call-results writer between logging calls and
 * committing their scores and positions), sends SIGKILL at once, and afterwards asks PostgreSQL what became of
 * that transaction ({@code pg_xact_status}: aborted when the kill came before the commit).
 */
final class SinkKills implements AutoCloseable {

    private static final String OPEN_WRITE = """
            SELECT backend_xid::text AS xid, substr(ltrim(query), 1, 30) AS statement FROM pg_stat_activity
            WHERE datname = 'dakora' AND backend_xid IS NOT NULL AND state IN ('active', 'idle in transaction')
              AND (ltrim(query) LIKE 'INSERT INTO executions %' OR ltrim(query) LIKE 'INSERT INTO experiment_results %')
            LIMIT 1""";

    /** Between two looks at pg_stat_activity: well under a write of a poll batch, which takes tens of ms at least. */
    private static final Duration POLL = Duration.ofMillis(3);

    private final RoleCluster cluster;
    private final LongSupplier scored;
    private final long expected;
    private final Connection connection;
    private final List<String> report = new ArrayList<>();

    /** @param scored the experiment's calls in {@code experiment_results}; once all {@code expected} are, no write is awaited */
    SinkKills(RoleCluster cluster, LocalInfrastructure infra, LongSupplier scored, long expected) throws SQLException {
        this.cluster = cluster;
        this.scored = scored;
        this.expected = expected;
        this.connection = infra.connect();
    }

    /**
     * Waits (at most {@code wait}, and no longer than the sink lives or calls are left to score) until a write
     * is open, then kills the log sink, whether or not one was seen.
     */
    Kill killMidWrite(Duration wait) throws SQLException {
        long deadline = System.nanoTime() + wait.toNanos();
        String[] open = null;
        long nextLook = 0;
        try (Statement statement = connection.createStatement()) {
            while (open == null && System.nanoTime() < deadline) {
                if (System.nanoTime() > nextLook) {
                    // whether waiting still makes sense, twice a second (the poll below runs every few milliseconds)
                    if (!cluster.process("log-sink").alive() || scored.getAsLong() >= expected) {
                        break;
                    }
                    nextLook = System.nanoTime() + Duration.ofMillis(500).toNanos();
                }
                try (ResultSet rows = statement.executeQuery(OPEN_WRITE)) {
                    open = rows.next() ? new String[] {rows.getString("xid"), rows.getString("statement")} : null;
                }
                if (open == null) {
                    pause(POLL);
                }
            }
        }
        Kill kill = Kill.of(() -> cluster.kill("log-sink"));
        String outcome = open == null ? null : outcome(open[0]);
        // counted once the killed process's transaction is over: the rows it had committed
        long scoredAtKill = scored.getAsLong();
        report.add(open == null
                ? "kill %d at %d of %d scored, no open write seen".formatted(report.size() + 1, scoredAtKill, expected)
                : "kill %d at %d of %d scored, in transaction %s (%s...), which was then %s".formatted(report.size() + 1,
                        scoredAtKill, expected, open[0], open[1], outcome));
        return kill;
    }

    /** What became of a transaction whose backend's client was killed: committed or aborted. */
    private String outcome(String xid) throws SQLException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_xact_status(?::xid8)")) {
            statement.setString(1, xid);
            while (true) {
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    String status = rows.getString(1);
                    if (!"in progress".equals(status) || System.nanoTime() > deadline) {
                        return status;
                    }
                }
                pause(Duration.ofMillis(100));
            }
        }
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** One line per kill: when it came and what the open write became. */
    String report() {
        return String.join("; ", report);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
