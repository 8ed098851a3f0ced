package dev.dakora.evaluation.dataset;

import java.util.Locale;
import java.util.Optional;

/**
 * The upload formats. CSV: a header row naming the columns, one row per record. JSONL: one row object
 * per line. JSON: an array of row objects. A row object is {@code {"inputs": {...}, "expected": "...",
 * "metadata": {...}}}.
 */
public enum DatasetFormat {
    CSV, JSONL, JSON;

    /** From a media type ({@code text/csv}, {@code application/x-ndjson}, ...) or a file extension. */
    public static Optional<DatasetFormat> of(String typeOrExtension) {
        if (typeOrExtension == null) {
            return Optional.empty();
        }
        String name = typeOrExtension.toLowerCase(Locale.ROOT).strip();
        int semicolon = name.indexOf(';');
        if (semicolon >= 0) {
            name = name.substring(0, semicolon).strip();
        }
        return switch (name) {
            case "csv", "text/csv" -> Optional.of(CSV);
            case "jsonl", "ndjson", "application/jsonl", "application/x-ndjson", "application/x-jsonlines" -> Optional.of(JSONL);
            case "json", "application/json" -> Optional.of(JSON);
            default -> Optional.empty();
        };
    }
}
