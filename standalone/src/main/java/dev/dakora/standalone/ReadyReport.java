package dev.dakora.standalone;

import java.time.Duration;

/** The lines printed once everything is up: where to point a browser or an SDK, and how long it took. */
final class ReadyReport {

    private ReadyReport() {
    }

    static String text(Standalone standalone, Duration sinceLaunch) {
        Infrastructure infrastructure = standalone.infrastructure();
        StringBuilder text = new StringBuilder(System.lineSeparator())
                .append("Dakora is ready in ").append(seconds(sinceLaunch)).append(" s")
                .append(" (PostgreSQL ").append(seconds(infrastructure.postgresStartup())).append(" s,")
                .append(" Kafka ").append(seconds(infrastructure.kafkaStartup())).append(" s,")
                .append(" warm-up ").append(seconds(standalone.warmUpTime())).append(" s)")
                .append(System.lineSeparator());
        standalone.webPort().ifPresent(port -> {
            String base = "http://localhost:" + port;
            line(text, "API", base + "/api");
            line(text, "Swagger UI", base + "/swagger-ui.html");
            line(text, "Health", base + "/api/health");
        });
        line(text, "PostgreSQL", infrastructure.postgres().jdbcUrl());
        line(text, "Kafka", infrastructure.kafka().bootstrapServers());
        line(text, "Data", standalone.settings().dataDir().toString());
        line(text, "Prompts", standalone.settings().promptsDir().toString());
        return text.append("Press Ctrl-C to stop.").toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format("  %-11s %s%n", label, value));
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f", duration.toMillis() / 1000.0);
    }
}
