package dev.dakora.gateway.web;

import dev.dakora.common.render.RenderException;

/** Says, for each way a render can fail, what the caller can change. */
final class RenderFailures {

    private RenderFailures() {
    }

    static String detail(RenderException e) {
        String advice = switch (e.kind()) {
            case SYNTAX -> "the stored template does not parse; fix its text";
            case UNDEFINED -> "the template uses a name that is neither an input nor defined; declare it as an input or fix the template";
            case OUTPUT_LIMIT -> "the rendered text would be larger than the server allows; render less";
            case LOOP_LIMIT -> "the template's loops ran more iterations than the server allows";
            case RECURSION_LIMIT -> "the template's macros recurse deeper than the server allows";
            case TIMEOUT -> "the render took longer than the server allows";
            case FAILED -> "the template failed while rendering";
        };
        return "render failed: " + advice + " (" + e.getMessage() + ")";
    }
}
