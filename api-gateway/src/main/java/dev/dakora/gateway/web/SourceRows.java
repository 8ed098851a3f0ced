package dev.dakora.gateway.web;

import java.util.List;
import java.util.Map;

/**
 * Input rows read from an upload, each with the 1-based line of the file it starts on (a CSV cell may
 * span lines, so a row's line is not its index plus one). {@code lines} is empty for a JSON body.
 */
record SourceRows(List<Map<String, Object>> rows, List<Integer> lines) {

    SourceRows {
        rows = List.copyOf(rows);
        lines = List.copyOf(lines);
    }

    static SourceRows ofJson(List<Map<String, Object>> rows) {
        return new SourceRows(rows, List.of());
    }

    /** The line a row starts on, or {@code null} when the rows did not come from a file. */
    Integer lineOf(int rowIndex) {
        return lines.isEmpty() ? null : lines.get(rowIndex);
    }
}
