package dev.dakora.common.render;

import dev.dakora.common.template.InvalidInputException;
import dev.dakora.common.template.TemplateDocuments;

import java.util.Optional;

/**
 * Runs one parity case through the API's path (spec from its map, input coercion, cached parse,
 * render) and says how the result differs from what Jinja2 produced, if it does. An expected
 * {@code validation} error must be an {@link InvalidInputException}, an expected {@code render}
 * error a {@link RenderException}; anything else thrown is a difference, never a crash of the run.
 */
final class ParityCheck {

    private static final int SHOWN = 120;

    private ParityCheck() {
    }

    /** Empty when this renderer matches Jinja2 on the case, else what it did instead. */
    static Optional<String> difference(TemplateRenderer renderer, ParityCase parity) {
        String actual = outcome(renderer, parity);
        String expected = parity.expectedError() != null ? "error " + parity.expectedError()
                : "rendered " + parity.expectedOutput();
        if (actual.equals(expected) || actual.startsWith("error " + parity.expectedError() + ":")) {
            return Optional.empty();
        }
        return Optional.of("got " + shorten(actual) + " | want " + shorten(expected));
    }

    private static String outcome(TemplateRenderer renderer, ParityCase parity) {
        try {
            return "rendered " + renderer.render(TemplateDocuments.fromMap(parity.spec()), parity.inputs()).rendered();
        } catch (InvalidInputException e) {
            return "error validation: " + e.getMessage();
        } catch (RenderException e) {
            return "error render: " + e.kind() + " " + e.getMessage();
        } catch (RuntimeException | StackOverflowError e) {
            return "crash " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** One line, at most {@value #SHOWN} characters, tabs and newlines made visible. */
    static String shorten(String text) {
        String line = text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
        return line.length() <= SHOWN ? line : line.substring(0, SHOWN) + "...";
    }
}
