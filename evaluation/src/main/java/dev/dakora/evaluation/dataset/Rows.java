package dev.dakora.evaluation.dataset;

import java.util.ArrayList;
import java.util.List;

/** The rows and row errors of one upload as it is read, within the parser's limits. */
final class Rows {

    static final int MAX_ERRORS = 100;

    private final int maxRows;
    final List<DatasetRow> rows = new ArrayList<>();
    final List<RowError> errors = new ArrayList<>();
    private int count;

    Rows(int maxRows) {
        this.maxRows = maxRows;
    }

    /** The next data row's number; refuses a row past the limit. */
    int next() {
        if (++count > maxRows) {
            throw new DatasetTooLargeException("the dataset has more than " + maxRows + " rows");
        }
        return count;
    }

    void add(DatasetRow row) {
        rows.add(row);
    }

    /** Records an error; false once enough are listed that reading on would only add noise. */
    boolean error(int row, int line, String field, String message) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(new RowError(row, line, field, message));
            return true;
        }
        return false;
    }

    boolean full() {
        return errors.size() >= MAX_ERRORS;
    }

    List<DatasetRow> result() {
        if (!errors.isEmpty()) {
            throw new InvalidDatasetException(errors);
        }
        return rows;
    }
}
