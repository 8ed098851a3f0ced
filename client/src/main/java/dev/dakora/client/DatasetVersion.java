package dev.dakora.client;

/**
 * One immutable version of a dataset. {@code source} is {@code upload:csv|jsonl|json} or
 * {@code batch:<batch_id>}; {@code templateId} the template its rows were checked against, or null.
 */
public record DatasetVersion(String name, String version, int rowCount, String source, String templateId, String createdAt) {
}
