package dev.dakora.common.render;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ParityCheckTest {

    private static final TemplateRenderer RENDERER = new TemplateRenderer();

    @AfterAll
    static void closeRenderer() {
        RENDERER.close();
    }

    private static ParityCase parityCase(String template, Map<String, Object> inputs, Map<String, Object> expect) {
        Map<String, Object> spec = Map.of("id", "t", "version", "1.0.0", "template", template,
                "inputs", Map.of("name", Map.of("type", "string")));
        return new ParityCase("c", spec, inputs, expect, null);
    }

    @Test
    void should_find_no_difference_when_the_output_is_the_expected_text() {
        // given
        ParityCase same = parityCase("Hi {{ name }}", Map.of("name", "Ada"), Map.of("rendered", "Hi Ada"));

        // when / then
        assertThat(ParityCheck.difference(RENDERER, same)).isEmpty();
    }

    @Test
    void should_report_what_was_rendered_when_the_output_differs() {
        // given
        ParityCase other = parityCase("Hi {{ name }}", Map.of("name", "Ada"), Map.of("rendered", "Hi\tBob"));

        // when / then
        assertThat(ParityCheck.difference(RENDERER, other)).hasValue("got rendered Hi Ada | want rendered Hi\\tBob | from char 2");
    }

    @Test
    void should_find_no_difference_when_the_expected_error_kind_is_raised() {
        // given
        ParityCase validation = parityCase("Hi {{ name }}", Map.of(), Map.of("error", "validation"));
        ParityCase render = parityCase("Hi {{ name }", Map.of("name", "Ada"), Map.of("error", "render"));

        // when / then
        assertThat(ParityCheck.difference(RENDERER, validation)).isEmpty();
        assertThat(ParityCheck.difference(RENDERER, render)).isEmpty();
    }

    @Test
    void should_report_a_difference_when_the_error_kind_is_another_or_missing() {
        // given
        ParityCase wrongKind = parityCase("Hi {{ name }}", Map.of(), Map.of("error", "render"));
        ParityCase noError = parityCase("Hi {{ name }}", Map.of("name", "Ada"), Map.of("error", "render"));

        // when / then
        assertThat(ParityCheck.difference(RENDERER, wrongKind)).get().asString()
                .startsWith("got error validation: ").endsWith("| want error render");
        assertThat(ParityCheck.difference(RENDERER, noError)).hasValue("got rendered Hi Ada | want error render");
    }

    @Test
    void should_show_both_texts_from_shortly_before_the_first_difference_when_both_rendered() {
        // given
        String common = "x".repeat(50);

        // when
        String described = ParityCheck.describe("rendered " + common + "got", "rendered " + common + "want");

        // then
        assertThat(described).isEqualTo("got rendered ..." + "x".repeat(20) + "got | want rendered ..." + "x".repeat(20)
                + "want | from char 50");
    }

    @Test
    void should_shorten_long_output_to_one_line_when_describing_it() {
        // given / when
        String shown = ParityCheck.shorten("a\nb".repeat(100));

        // then
        assertThat(shown).doesNotContain("\n").hasSize(103).endsWith("...");
    }
}
