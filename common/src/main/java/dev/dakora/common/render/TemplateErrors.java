package dev.dakora.common.render;

import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.interpret.TemplateError.ErrorItem;
import com.hubspot.jinjava.interpret.TemplateError.ErrorReason;
import com.hubspot.jinjava.interpret.TemplateError.ErrorType;

import java.util.Optional;

/** Decides which of the errors Jinjava records end a render, and as what kind of {@link RenderException}. */
final class TemplateErrors {

    private TemplateErrors() {
    }

    static Optional<RenderException> toFailure(TemplateError error, int maxOutputChars) {
        String message = error.getMessage() == null ? "the template could not be rendered" : error.getMessage();
        int line = error.getLineno();
        if (error.getReason() == ErrorReason.OUTPUT_TOO_BIG) {
            return Optional.of(new RenderException(RenderException.Kind.OUTPUT_LIMIT,
                    "the rendered text is longer than " + maxOutputChars + " characters; shorten the template or its inputs"));
        }
        if (message.startsWith("Max recursion limit") || message.startsWith("Cycle detected for macro")) {
            return Optional.of(new RenderException(RenderException.Kind.RECURSION_LIMIT,
                    message + "; macros may not call themselves that deep", line, null));
        }
        if (error.getReason() == ErrorReason.SYNTAX_ERROR) {
            return Optional.of(new RenderException(RenderException.Kind.SYNTAX, "syntax error: " + message, line, null));
        }
        if (error.getReason() == ErrorReason.UNKNOWN && isLibraryItem(error.getItem())) {
            return Optional.of(new RenderException(RenderException.Kind.SYNTAX, message, line, null));
        }
        if (error.getSeverity() == ErrorType.FATAL || error.getReason() == ErrorReason.DISABLED) {
            return Optional.of(new RenderException(RenderException.Kind.FAILED, message, line, null));
        }
        return Optional.empty();
    }

    private static boolean isLibraryItem(ErrorItem item) {
        return item == ErrorItem.FILTER || item == ErrorItem.FUNCTION || item == ErrorItem.TAG
                || item == ErrorItem.EXPRESSION_TEST;
    }
}
