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

    /**
     * Counts what a template puts into lists and dicts with {@code append}, {@code extend}, {@code insert},
     * {@code update} or {@code setdefault} (characters of text, items of containers, 1 for anything else) and
     * fails the render once one render has put more than {@link #KEPT_CAPS} output caps there: each value is
     * under the cap, but a loop could keep many of them.
     */
    static void keep(Object value, String what) {
        if (JinjavaInterpreter.getCurrent() instanceof SandboxedInterpreter sandboxed) {
            long cap = times(cap(), KEPT_CAPS);
            if (sandboxed.state().keep(weight(value, cap)) > cap) {
                sandboxed.state().fail(new RenderException(RenderException.Kind.OUTPUT_LIMIT,
                        what + " would hold more than " + cap + " characters and items in one render; keep less data"));
            }
        }
    }

    /** How many output caps one render may keep in the lists and dicts it changes. */
    static final int KEPT_CAPS = 4;

    /** Characters of text and items of containers in {@code value}, counted no further than {@code limit}. */
    private static long weight(Object value, long limit) {
        return switch (value) {
            case CharSequence text -> text.length();
            case java.util.Collection<?> items -> {
                long total = items.size();
                for (Object item : items) {
                    if (total > limit) {
                        break;
                    }
                    total += weight(item, limit);
                }
                yield total;
            }
            case java.util.Map<?, ?> map -> {
                long total = map.size();
                for (java.util.Map.Entry<?, ?> entry : map.entrySet()) {
                    if (total > limit) {
                        break;
                    }
                    total += weight(entry.getKey(), limit) + weight(entry.getValue(), limit);
                }
                yield total;
            }
            case null, default -> 1;
        };
    }

    /** {@code a * b}, saturating instead of overflowing, for size estimates. */
    static long times(long a, long b) {
        long product = a * b;
        return (a != 0 && product / a != b) || product < 0 ? Long.MAX_VALUE : product;
    }
}
