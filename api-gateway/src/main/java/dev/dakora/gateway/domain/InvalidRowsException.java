package dev.dakora.gateway.domain;

import dev.dakora.common.template.FieldError;

import java.util.List;

/** Input rows of a batch that fail the template's input spec; nothing of the batch was queued. */
public class InvalidRowsException extends RuntimeException {

    /** The errors of one row, by its 0-based place in the submission. */
    public record RowErrors(int rowIndex, List<FieldError> errors) {
    }

    private final List<RowErrors> rows;

    public InvalidRowsException(List<RowErrors> rows, int totalRows) {
        super(rows.size() + " of " + totalRows + " input rows do not match the template's input spec; nothing was queued");
        this.rows = List.copyOf(rows);
    }

    public List<RowErrors> rows() {
        return rows;
    }
}
