package dev.dakora.llm.persistence;

import dev.dakora.llm.domain.PermitStore;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Rate permits every LLM worker shares, as a sliding log in PostgreSQL ({@code llm_limits.permits}): one
 * statement per permit request, the check and the grant one transaction serialised per limit (a row lock on
 * its running sum, so the cost of a permit does not grow with the permits in the window). A permit
 * counts for its window plus {@code margin}, the time a request may take from its grant to the provider,
 * so that the provider's own window never sees more than the limit. Nothing is held by a worker: the
 * permits of a worker that died simply leave the window. Times come from the database's clock (one
 * clock for every worker) unless {@code epochMicros} is given. A try must be handed to the HTTP client within
 * {@code sendWithin} of its permit (half the margin unless given), else its permit is moved to the send
 * ({@code llm_limits.renew_permit}); the rest of the margin is for the way from the client to the provider.
 */
public final class PostgresPermitStore implements PermitStore, AutoCloseable {

    private final PermitConnections connections;
    private final Duration margin;
    private final Duration sendWithin;
    private final LongSupplier epochMicros;

    public PostgresPermitStore(String url, String username, String password, int poolSize, Duration margin,
                               LongSupplier epochMicros) {
        this(url, username, password, poolSize, margin, margin.dividedBy(2), epochMicros);
    }

    public PostgresPermitStore(String url, String username, String password, int poolSize, Duration margin,
                               Duration sendWithin, LongSupplier epochMicros) {
        if (sendWithin.isNegative() || sendWithin.compareTo(margin) > 0) {
            throw new IllegalArgumentException("send-within must be between 0 and the margin (" + margin + ")");
        }
        this.connections = new PermitConnections(url, username, password, poolSize);
        this.margin = margin;
        this.sendWithin = sendWithin;
        this.epochMicros = epochMicros;
    }

    @Override
    public Optional<Duration> sendWithin() {
        return sendWithin.isZero() ? Optional.empty() : Optional.of(sendWithin);
    }

    @Override
    public Grant tryAcquire(String key, long limit, Duration window, long weight) {
        long answer = run("SELECT llm_limits.acquire_permit(?, ?, ?, ?, ?)", statement -> {
            statement.setString(1, key);
            statement.setLong(2, limit);
            statement.setLong(3, micros(window.plus(margin)));
            statement.setLong(4, weight);
            now(statement, 5);
        });
        return answer >= 0 ? Grant.of(answer) : Grant.waitFor(Duration.ofNanos(-answer * 1_000));
    }

    @Override
    public void settle(String key, long permitId, long weight) {
        run("SELECT llm_limits.settle_permit(?, ?, ?)", statement -> {
            statement.setString(1, key);
            statement.setLong(2, permitId);
            statement.setLong(3, weight);
        });
    }

    @Override
    public boolean renew(String key, long permitId, Duration window) {
        return run("SELECT llm_limits.renew_permit(?, ?, ?, ?)", statement -> {
            statement.setString(1, key);
            statement.setLong(2, permitId);
            statement.setLong(3, micros(window.plus(margin)));
            now(statement, 4);
        }) >= 0;
    }

    @Override
    public void refund(String key, long permitId) {
        run("SELECT llm_limits.refund_permit(?, ?)", statement -> {
            statement.setString(1, key);
            statement.setLong(2, permitId);
        });
    }

    private long run(String sql, Binder binder) {
        try {
            return connections.with(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    binder.bind(statement);
                    try (ResultSet rows = statement.executeQuery()) {
                        return rows.next() ? rows.getLong(1) : 0L;
                    }
                }
            });
        } catch (SQLException e) {
            throw new Unavailable("limits database: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while waiting for the limits database", e);
        }
    }

    private void now(PreparedStatement statement, int index) throws SQLException {
        if (epochMicros == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, epochMicros.getAsLong());
        }
    }

    private static long micros(Duration d) {
        return d.toNanos() / 1_000;
    }

    @Override
    public void close() {
        connections.close();
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }
}
