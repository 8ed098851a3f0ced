package dev.dakora.client;

import java.util.List;

/**
 * An answer of the Dakora server that is not a success, carrying its RFC 9457 problem detail:
 * {@link #status()} (0 when no answer came), {@link #detail()} (the server's human message) and
 * {@link #errors()} (per-field messages, empty when the server sent none).
 */
public class DakoraException extends RuntimeException {

    private final int status;
    private final String detail;
    private final List<FieldError> errors;

    public DakoraException(int status, String detail, List<FieldError> errors) {
        this(status, detail, errors, null);
    }

    public DakoraException(int status, String detail, List<FieldError> errors, Throwable cause) {
        super(status > 0 ? "HTTP " + status + ": " + detail : detail, cause);
        this.status = status;
        this.detail = detail;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
