package dev.dakora.sink.messaging;

import io.r2dbc.spi.R2dbcException;

/**
 * Tells a write that failed for the content of a row (SQLSTATE class 22, data exception, or 23,
 * integrity constraint violation) from one that failed for anything else: connection loss, a missing
 * table, a timeout. Only the first can be blamed on a record; the others are retried.
 */
final class RowProblem {

    private RowProblem() {
    }

    static boolean isRowProblem(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof R2dbcException r2dbc && r2dbc.getSqlState() != null) {
                String state = r2dbc.getSqlState();
                return state.startsWith("22") || state.startsWith("23");
            }
        }
        return false;
    }
}
