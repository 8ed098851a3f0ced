package dev.dakora.client;

/** A stored dataset: its latest version (a number as text) and that version's row count. */
public record DatasetSummary(String name, String latestVersion, int rowCount, String createdAt, String updatedAt) {
}
