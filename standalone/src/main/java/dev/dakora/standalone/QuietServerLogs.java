package dev.dakora.standalone;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Log levels for the time before the first Spring context configures logging: the embedded servers
 * log at INFO by default, hundreds of lines per start. Spring Boot later applies the same levels from
 * {@link RoleDefaults}.
 */
final class QuietServerLogs {

    private QuietServerLogs() {
    }

    static void apply() {
        if (!(LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context)) {
            return;
        }
        context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
        for (String name : new String[] {"kafka", "org.apache.kafka", "state.change.logger", "io.zonky"}) {
            context.getLogger(name).setLevel(Level.WARN);
        }
    }
}
