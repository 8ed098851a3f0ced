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

    private static final int SHOWN = 100;
    private static final int CONTEXT = 20;
    private static final String RENDERED = "rendered ";

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
        return Optional.of(describe(actual, expected));
    }

    /** Both texts from a little before their first difference when both rendered, else their starts. */
    static String describe(String actual, String expected) {
        if (!actual.startsWith(RENDERED) || !expected.startsWith(RENDERED)) {
            return "got " + shorten(actual) + " | want " + shorten(expected);
        }
        String got = actual.substring(RENDERED.length());
        String want = expected.substring(RENDERED.length());
        int at = 0;
        while (at < got.length() && at < want.length() && got.charAt(at) == want.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - CONTEXT);
        String lead = from > 0 ? "..." : "";
        return "got rendered " + lead + shorten(got.substring(from)) + " | want rendered " + lead
                + shorten(want.substring(from)) + " | from char " + at;
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
