package dev.dakora.standalone;

import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * Starts Dakora in one JVM: embedded PostgreSQL and Kafka under the data directory, then every role.
 * Ctrl-C or SIGTERM stops the roles, then Kafka, then PostgreSQL.
 */
public final class StandaloneApplication {

    private StandaloneApplication() {
    }

    public static void main(String[] args) {
        QuietServerLogs.apply();
        Standalone standalone;
        try {
            StandaloneSettings settings = StandaloneSettings.from(args);
            standalone = Standalone.start(settings, Roles.all(), args);
        } catch (RuntimeException e) {
            System.err.println("Dakora did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(standalone::close, "dakora-standalone-shutdown"));
        } catch (IllegalStateException shutdownInProgress) {
            standalone.close();
            return;
        }
        Duration sinceLaunch = Duration.ofMillis(System.currentTimeMillis()
                - ManagementFactory.getRuntimeMXBean().getStartTime());
        System.out.println(ReadyReport.text(standalone, sinceLaunch));
    }
}
