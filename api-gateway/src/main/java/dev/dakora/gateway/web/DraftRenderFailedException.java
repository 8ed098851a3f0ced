package dev.dakora.gateway.web;

import dev.dakora.common.render.RenderException;

import java.util.regex.Pattern;

/**
 * A draft that does not parse or render, said in the template's terms: the message without Java
 * class names and without a trailing "at line N" (the line is its own field), and what the text reads
 * when it parsed.
 */
final class DraftRenderFailedException extends RuntimeException {

    private static final Pattern JAVA_CLASS = Pattern.compile("\\b(?:[a-z_][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\b:?\\s*");
    private static final Pattern EXPRESSION_WRAPPER = Pattern.compile("Error parsing '#\\{.*?\\}': (?:syntax error at position \\d+, )?");
    private static final Pattern AT_LINE = Pattern.compile("\\s+at line \\d+$");

    private final RenderException failure;
    private final transient DraftRenderBodies.Names names;

    DraftRenderFailedException(RenderException failure, DraftRenderBodies.Names names) {
        super(message(failure), failure);
        this.failure = failure;
        this.names = names;
    }

    RenderException failure() {
        return failure;
    }

    /** The names the text reads, or null when it did not parse. */
    DraftRenderBodies.Names names() {
        return names;
    }

    static String message(RenderException failure) {
        String message = String.valueOf(failure.getMessage()).strip();
        message = JAVA_CLASS.matcher(message).replaceAll("");
        message = EXPRESSION_WRAPPER.matcher(message).replaceAll("");
        message = message.replace("encountered '}', expected", "the expression ends where it expects");
        message = AT_LINE.matcher(message).replaceAll("");
        return message.isEmpty() ? "the template could not be rendered" : message;
    }
}
