package dev.dakora.client;

/** The formats of {@code GET /api/batches/{batch_id}/results}. */
public enum ResultFormat {
    JSON, CSV, JSONL;

    String query() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
