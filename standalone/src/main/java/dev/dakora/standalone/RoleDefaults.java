package dev.dakora.standalone;

import java.util.Map;

/**
 * Defaults for every role in the standalone, ranked lowest: arguments, environment variables and the
 * roles' own configuration override them. The servers' own logs are kept to warnings.
 */
final class RoleDefaults {

    static final int DEFAULT_HTTP_PORT = 54321;

    private RoleDefaults() {
    }

    static Map<String, Object> properties() {
        return Map.of(
                "server.port", DEFAULT_HTTP_PORT,
                "logging.level.kafka", "WARN",
                "logging.level.org.apache.kafka", "WARN",
                "logging.level.state.change.logger", "WARN",
                "logging.level.io.zonky", "WARN");
    }
}
