package dev.dakora.common.render;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;

/**
 * The errors Python raises while evaluating an expression (TypeError, ZeroDivisionError, ...) and
 * the size bounds on the values an expression makes. Each records the failure on the current
 * render, so the render stops with that message (a 422 at the API) and nothing is printed.
 */
final class PyFailure {

    private static final long DEFAULT_MAX_CHARS = RenderLimits.DEFAULT_MAX_OUTPUT_CHARS;

    private PyFailure() {
    }

    /** Fails the render with {@code message}; returns an exception for callers that must throw. */
    static RuntimeException error(String message) {
        return fail(RenderException.Kind.FAILED, message);
    }

    static RuntimeException undefined(String message) {
        return fail(RenderException.Kind.UNDEFINED, message);
    }

    /** The longest text (and the most list items) one value may have: the render's output cap. */
    static long maxChars() {
        JinjavaInterpreter current = JinjavaInterpreter.getCurrent();
        return current == null ? DEFAULT_MAX_CHARS : current.getConfig().getMaxOutputSize();
    }

    /** Fails the render before a value of {@code size} characters or items is made, if it is over the cap. */
    static void checkSize(long size, String what) {
        long max = maxChars();
        if (size > max || size < 0) {
            throw fail(RenderException.Kind.OUTPUT_LIMIT, what + " would be longer than " + max
                    + " characters, the output limit; make it smaller");
        }
    }

    private static RuntimeException fail(RenderException.Kind kind, String message) {
        if (JinjavaInterpreter.getCurrent() instanceof SandboxedInterpreter sandboxed) {
            sandboxed.state().fail(new RenderException(kind, message, sandboxed.getLineNumber(), null));
        }
        return new IllegalArgumentException(message);
    }
}
