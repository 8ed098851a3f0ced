package dev.dakora.evaluation.dataset;

import dev.dakora.common.value.Values;

import java.util.Map;

/**
 * One row of a dataset: the inputs a template is rendered with, what a good answer is, and free-form
 * data about the row.
 *
 * @param row      the row's number among the data rows, from 1
 * @param line     the line of the source file where the row starts, from 1 (0 when not read from a file)
 * @param expected {@code null} when the row has no expected output
 */
public record DatasetRow(int row, int line, Map<String, Object> inputs, String expected, Map<String, Object> metadata) {

    public DatasetRow {
        if (row < 1) {
            throw new IllegalArgumentException("row must be at least 1");
        }
        inputs = inputs == null ? Map.of() : Values.normalizeMap(inputs);
        metadata = metadata == null ? Map.of() : Values.normalizeMap(metadata);
    }
}
