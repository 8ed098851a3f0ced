package dev.dakora.common.render;

/**
 * What one render has used of its {@link RenderLimits}, and the first failure it ran into. Jinjava
 * turns many exceptions into recorded errors and carries on; recording the failure here lets every
 * later node stop the render and lets the renderer report the original cause.
 */
final class RenderState {

    private final long deadlineNanos;
    private final int maxLoopIterations;
    private int loopIterations;
    private int checks;
    private long kept;
    private RenderException failure;

    RenderState(RenderLimits limits) {
        this.deadlineNanos = System.nanoTime() + limits.timeout().toNanos();
        this.maxLoopIterations = limits.maxLoopIterations();
    }

    /** Throws the recorded failure, or a timeout once the deadline has passed (read every 16th call). */
    void check() {
        if (failure != null) {
            throw new RenderAbort(failure);
        }
        if ((++checks & 15) == 0 && System.nanoTime() - deadlineNanos > 0) {
            fail(new RenderException(RenderException.Kind.TIMEOUT,
                    "the template took longer than the render time limit; simplify its loops"));
        }
    }

    void countLoopIteration() {
        check();
        if (++loopIterations > maxLoopIterations) {
            fail(new RenderException(RenderException.Kind.LOOP_LIMIT,
                    "loops ran more than " + maxLoopIterations + " iterations in one render; iterate over less data"));
        }
    }

    /** Adds {@code size} to what the template has put into lists and dicts so far, and gives the new total. */
    long keep(long size) {
        kept = size > Long.MAX_VALUE - kept ? Long.MAX_VALUE : kept + size;
        return kept;
    }

    /** Records {@code cause} as the failure of this render (the first one wins) and stops the render. */
    void fail(RenderException cause) {
        if (failure == null) {
            failure = cause;
        }
        throw new RenderAbort(failure);
    }

    RenderException failure() {
        return failure;
    }
}
