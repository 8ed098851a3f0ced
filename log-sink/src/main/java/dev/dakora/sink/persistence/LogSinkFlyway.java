package dev.dakora.sink.persistence;

import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The log sink's own schema history on a database it shares with the gateway: its own history table and
 * migrations folder, and a baseline at version 0 so that it also migrates a schema the gateway already
 * populated.
 */
public final class LogSinkFlyway {

    public static final String HISTORY_TABLE = "flyway_history_log_sink";
    public static final String LOCATION = "classpath:db/migration/log-sink";

    private LogSinkFlyway() {
    }

    public static FluentConfiguration configure(FluentConfiguration configuration) {
        return configuration.table(HISTORY_TABLE).locations(LOCATION).baselineOnMigrate(true).baselineVersion("0");
    }
}
