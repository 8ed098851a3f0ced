package dev.dakora.evaluation.dataset;

/**
 * Why one row (or the whole file, row 0) was refused.
 *
 * @param row   the data row, from 1; 0 for the file as a whole (its header, its syntax, its size)
 * @param line  the line of the source file, from 1; 0 when unknown
 * @param field what in the row is wrong, e.g. {@code inputs.age} or {@code expected}
 */
public record RowError(int row, int line, String field, String message) {

    @Override
    public String toString() {
        return (row > 0 ? "row " + row + " (line " + line + ")" : line > 0 ? "line " + line : "file")
                + (field == null ? "" : ", " + field) + ": " + message;
    }
}
