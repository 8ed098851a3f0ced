package dev.dakora.render.messaging;

/**
 * The message a job fails with when its render crashed instead of failing as a template error does:
 * what ran out, in words a template author can act on, without the worker's internals.
 */
final class RenderCrashes {

    private static final int MAX_DETAIL = 200;

    private RenderCrashes() {
    }

    static String describe(Throwable error) {
        if (error instanceof OutOfMemoryError) {
            return "render failed: the template needed more memory than the render worker has (OutOfMemoryError)";
        }
        if (error instanceof StackOverflowError) {
            return "render failed: the template nests or recurses too deeply (StackOverflowError)";
        }
        String detail = error.getMessage() == null ? "" : ": " + error.getMessage();
        if (detail.length() > MAX_DETAIL) {
            detail = detail.substring(0, MAX_DETAIL) + "...";
        }
        return "render failed: unexpected " + error.getClass().getSimpleName() + detail;
    }

    static String crashLoop(int attempts) {
        return "render failed: rendering this job stopped the render worker " + attempts
                + " times; it is not rendered again";
    }
}
