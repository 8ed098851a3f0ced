package dev.dakora.registry;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** One immutable line of a template's history: which version was stored, when, and its content hash. */
record LogEntry(String version, Instant createdAt, String contentHash) {

    byte[] toBytes() {
        String text = "version: " + version + "\ncreatedAt: " + createdAt + "\ncontentHash: " + contentHash + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The entry in {@code bytes}, or empty when they do not hold one (a damaged object is skipped). */
    static Optional<LogEntry> parse(byte[] bytes) {
        Map<String, String> fields = new HashMap<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                fields.put(line.substring(0, colon), line.substring(colon + 2).trim());
            }
        }
        String version = fields.get("version");
        String createdAt = fields.get("createdAt");
        String hash = fields.get("contentHash");
        if (version == null || createdAt == null || hash == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LogEntry(version, Instant.parse(createdAt), hash));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
