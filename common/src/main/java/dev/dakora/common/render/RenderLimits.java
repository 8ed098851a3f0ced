package dev.dakora.common.render;

import java.time.Duration;

/**
 * Bounds on one render of an untrusted template: output size, loop iterations (all loops of the
 * render together), macro recursion depth, wall-clock time, how many renders may run at once and how
 * many parsed templates are kept.
 */
public record RenderLimits(int maxOutputChars, int maxLoopIterations, int maxRecursionDepth,
                           Duration timeout, int maxConcurrentRenders, int cacheSize) {

    public static final int DEFAULT_MAX_OUTPUT_CHARS = 1024 * 1024;

    public RenderLimits {
        requirePositive(maxOutputChars, "maxOutputChars");
        requirePositive(maxLoopIterations, "maxLoopIterations");
        requirePositive(maxRecursionDepth, "maxRecursionDepth");
        requirePositive(maxConcurrentRenders, "maxConcurrentRenders");
        requirePositive(cacheSize, "cacheSize");
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
    }

    /** 1 MiB of output, 100,000 loop iterations, recursion depth 50, 2 seconds, 64 renders at once, 1,000 templates. */
    public static RenderLimits defaults() {
        return new RenderLimits(DEFAULT_MAX_OUTPUT_CHARS, 100_000, 50, Duration.ofSeconds(2), 64, 1_000);
    }

    private static void requirePositive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
