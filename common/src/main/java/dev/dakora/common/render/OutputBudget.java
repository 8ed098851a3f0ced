package dev.dakora.common.render;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;

/**
 * Checks a size before anything that large is allocated: a string, list or padding a filter or
 * method is about to build may not exceed the render's output cap, so a template cannot make the
 * process allocate far more memory than one render may print.
 */
final class OutputBudget {

    private OutputBudget() {
    }

    /** The most characters (or items) one value built during a render may hold. */
    static long cap() {
        JinjavaInterpreter current = JinjavaInterpreter.getCurrent();
        return current == null ? RenderLimits.DEFAULT_MAX_OUTPUT_CHARS : current.getConfig().getMaxOutputSize();
    }

    /** Fails the render with an output-limit error when {@code size} is more than {@link #cap()}. */
    static int require(long size, String what) {
        long cap = cap();
        if (size > cap || size < 0) {
            RenderException limit = new RenderException(RenderException.Kind.OUTPUT_LIMIT,
                    what + " would be longer than " + cap + " characters; shorten the template or its inputs");
            if (JinjavaInterpreter.getCurrent() instanceof SandboxedInterpreter sandboxed) {
                sandboxed.state().fail(limit);
            }
            throw limit;
        }
        return (int) size;
    }

    /** {@code a * b}, saturating instead of overflowing, for size estimates. */
    static long times(long a, long b) {
        long product = a * b;
        return (a != 0 && product / a != b) || product < 0 ? Long.MAX_VALUE : product;
    }
}
