package dev.dakora.client;

import java.util.Map;

/**
 * One row of a dataset: the inputs a template is rendered with, the expected output (or null) and
 * free-form metadata. {@code row} is its number in the version, from 1 (0 in a row not yet stored).
 */
public record DatasetRow(int row, Map<String, Object> inputs, String expected, Map<String, Object> metadata) {

    public DatasetRow {
        inputs = inputs == null ? Map.of() : inputs;
        metadata = metadata == null ? Map.of() : metadata;
    }

    public static DatasetRow of(Map<String, Object> inputs) {
        return new DatasetRow(0, inputs, null, null);
    }

    public static DatasetRow of(Map<String, Object> inputs, String expected) {
        return new DatasetRow(0, inputs, expected, null);
    }

    public DatasetRow withMetadata(Map<String, Object> metadata) {
        return new DatasetRow(row, inputs, expected, metadata);
    }
}
