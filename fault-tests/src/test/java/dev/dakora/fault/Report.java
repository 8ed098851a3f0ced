package dev.dakora.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

/** Prints a scenario's measurements and appends them to {@code target/fault-logs/summary.txt}. */
final class Report {

    private Report() {
    }

    static void line(String scenario, String text) {
        String line = Instant.now() + " " + scenario + ": " + text;
        System.out.println(line);
        try {
            Files.createDirectories(Jars.logDir());
            Files.writeString(Jars.logDir().resolve("summary.txt"), line + System.lineSeparator(),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String millis(Duration duration) {
        return duration.toMillis() + " ms";
    }
}
