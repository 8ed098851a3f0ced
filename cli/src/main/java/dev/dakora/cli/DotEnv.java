package dev.dakora.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@code .env} file: {@code NAME=value} lines, comments and blank lines kept as they are when updating. */
final class DotEnv {

    private final Map<String, String> values;

    private DotEnv(Map<String, String> values) {
        this.values = values;
    }

    static DotEnv read(Path file) {
        Map<String, String> values = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            for (String line : lines(file)) {
                parse(line).ifPresent(entry -> values.put(entry.getKey(), entry.getValue()));
            }
        }
        return new DotEnv(values);
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** Sets the given names in the file, replacing their lines or appending them; other lines stay. */
    static void update(Path file, Map<String, String> settings) {
        List<String> out = new ArrayList<>();
        Map<String, String> pending = new LinkedHashMap<>(settings);
        for (String line : Files.isRegularFile(file) ? lines(file) : List.<String>of()) {
            String name = parse(line).map(Map.Entry::getKey).orElse(null);
            if (name != null && pending.containsKey(name)) {
                out.add(name + "=" + pending.remove(name));
            } else {
                out.add(line);
            }
        }
        pending.forEach((name, value) -> out.add(name + "=" + value));
        try {
            Files.write(file, out);
        } catch (IOException e) {
            throw new CliException(ExitCodes.OTHER, "Cannot write " + file + ": " + e.getMessage());
        }
    }

    private static Optional<Map.Entry<String, String>> parse(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) {
            return Optional.empty();
        }
        if (trimmed.startsWith("export ")) {
            trimmed = trimmed.substring("export ".length()).strip();
        }
        int eq = trimmed.indexOf('=');
        String value = trimmed.substring(eq + 1).strip();
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            value = value.substring(1, value.length() - 1);
        }
        return Optional.of(Map.entry(trimmed.substring(0, eq).strip(), value));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
