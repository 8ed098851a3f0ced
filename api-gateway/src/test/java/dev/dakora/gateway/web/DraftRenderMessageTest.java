package dev.dakora.gateway.web;

import dev.dakora.common.render.RenderException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DraftRenderMessageTest {

    @Test
    void aParseErrorIsSaidInTheTemplatesTermsWithoutTheLineSuffix() {
        RenderException e = new RenderException(RenderException.Kind.SYNTAX,
                "syntax error in 'x +': Error parsing '#{x +}': syntax error at position 5, encountered '}', expected an expression", 3, null);

        assertThat(DraftRenderFailedException.message(e))
                .isEqualTo("syntax error in 'x +': the expression ends where it expects an expression");
    }

    @Test
    void javaClassNamesAreLeftOut() {
        RenderException e = new RenderException(RenderException.Kind.FAILED,
                "the template could not be rendered: java.lang.ArithmeticException: / by zero", 2, null);

        assertThat(DraftRenderFailedException.message(e)).isEqualTo("the template could not be rendered: / by zero");
    }

    @Test
    void aPlainMessageStaysAsItIs() {
        RenderException e = new RenderException(RenderException.Kind.UNDEFINED, "'mood' is undefined");

        assertThat(DraftRenderFailedException.message(e)).isEqualTo("'mood' is undefined");
    }
}
