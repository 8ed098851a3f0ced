package dev.dakora.common.render;

import java.util.OptionalInt;

/** A template that does not parse, or a render that failed or hit one of the {@link RenderLimits}. */
public class RenderException extends RuntimeException {

    /** What went wrong, so callers can map it (e.g. to an HTTP status) without parsing messages. */
    public enum Kind { SYNTAX, UNDEFINED, OUTPUT_LIMIT, LOOP_LIMIT, RECURSION_LIMIT, TIMEOUT, FAILED }

    private final Kind kind;
    private final int line;

    public RenderException(Kind kind, String message) {
        this(kind, message, -1, null);
    }

    public RenderException(Kind kind, String message, int line, Throwable cause) {
        super(line > 0 && !message.contains(" at line ") ? message + " at line " + line : message, cause);
        this.kind = kind;
        this.line = line;
    }

    public Kind kind() {
        return kind;
    }

    /** The template line the problem is on, when known (1-based). */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }
}
