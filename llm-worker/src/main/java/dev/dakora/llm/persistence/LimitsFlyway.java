package dev.dakora.llm.persistence;

import org.flywaydb.core.Flyway;

/**
 * Creates or updates the limits schema ({@code llm_limits}) with its own history table and migrations
 * folder, so it can live in a database the gateway and the log sink migrate as well.
 */
public final class LimitsFlyway {

    public static final String SCHEMA = "llm_limits";
    public static final String HISTORY_TABLE = "flyway_history_llm_limits";
    public static final String LOCATION = "classpath:db/migration/limits";

    private LimitsFlyway() {
    }

    public static void migrate(String url, String username, String password) {
        Flyway.configure()
                .dataSource(url, username, password)
                .schemas(SCHEMA)
                .table(HISTORY_TABLE)
                .locations(LOCATION)
                .load()
                .migrate();
    }
}
