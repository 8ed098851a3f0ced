package dev.dakora.llm.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A few JDBC connections to the limits database, opened on demand and reused; a connection that failed
 * is closed, never reused. Connecting and every statement are bounded in time, so a database that stops
 * answering fails a permit request instead of hanging it.
 */
final class PermitConnections implements AutoCloseable {

    private final String url;
    private final Properties properties = new Properties();
    private final BlockingQueue<Connection> idle;
    private final Semaphore open;

    PermitConnections(String url, String username, String password, int size) {
        this.url = url;
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("socketTimeout", "10");
        properties.setProperty("ApplicationName", "dakora-llm-worker-limits");
        this.idle = new ArrayBlockingQueue<>(size);
        this.open = new Semaphore(size);
    }

    /** Work on one connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    <T> T with(Work<T> work) throws SQLException, InterruptedException {
        if (!open.tryAcquire(5, TimeUnit.SECONDS)) {
            throw new SQLException("no connection to the limits database free within 5 s");
        }
        Connection connection = null;
        try {
            connection = idle.poll();
            if (connection == null) {
                connection = DriverManager.getConnection(url, properties);
            }
            T result = work.run(connection);
            idle.add(connection);
            connection = null;
            return result;
        } finally {
            if (connection != null) {
                closeQuietly(connection);
            }
            open.release();
        }
    }

    @Override
    public void close() {
        Connection connection;
        while ((connection = idle.poll()) != null) {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already broken
        }
    }
}
