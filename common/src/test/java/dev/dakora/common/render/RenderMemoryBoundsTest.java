package dev.dakora.common.render;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static dev.dakora.common.render.RenderFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Widths, precisions, counts and result sizes that filters and methods would build are checked
 * against the output cap before anything is allocated: a template asking for a billion characters
 * gets an output-limit error (a 422 at the API), never an OutOfMemoryError.
 */
class RenderMemoryBoundsTest {

    private static final TemplateRenderer RENDERER = new TemplateRenderer();

    @AfterAll
    static void close() {
        RENDERER.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{{ '%0999999999d'|format(1) }}",
            "{{ '%0999999999d' % 1 }}",
            "{{ '%.999999999f' % 1.5 }}",
            "{{ '%-999999999s|' % 'a' }}",
            "{{ '%9999999999999999999d' % 1 }}",
            "{{ '{:>999999999}'.format('a') }}",
            "{{ '{:.999999999f}'.format(1.5) }}",
            "{{ '{:0999999999d}'.format(7) }}",
            "{{ 'a'|center(1000000000) }}",
            "{{ 'a'.center(1000000000) }}",
            "{{ 'a'.ljust(1000000000) }}",
            "{{ 'a'.rjust(1000000000, '*') }}",
            "{{ 'a'.zfill(1000000000) }}",
            "{{ 'a\nb'|indent(1000000000) }}",
            "{{ v.replace('a', 'aaa') }}",
            "{{ v|replace('a', 'aaa') }}",
            "{{ [v, v, v]|join(v) }}",
            "{{ ','.join([v, v, v]) }}",
            "{{ v|wordwrap(1, wrapstring=v) }}",
            "{{ [1]|batch(1000000000, 0)|list|length }}",
            "{{ [1]|slice(1000000000)|length }}"})
    void should_fail_with_output_limit_before_allocating_when_a_template_asks_for_a_huge_value(String template) {
        // when
        RenderException error = catchThrowableOfType(RenderException.class,
                () -> RENDERER.render(spec(template, "v"), Map.of("v", "a".repeat(400_000))));

        // then
        assertThat(error).as("render of %s", template).isNotNull();
        assertThat(error.kind()).isEqualTo(RenderException.Kind.OUTPUT_LIMIT);
        assertThat(error.getMessage()).contains("longer than " + RenderLimits.DEFAULT_MAX_OUTPUT_CHARS + " characters");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
            "`{{ '%05d'|format(42) }}` => `00042`",
            "`{{ '%-4s|' % 'a' }}` => `a   |`",
            "`{{ '{:>4}'.format('a') }}` => `   a`",
            "`{{ 'a'|center(5) }}` => `  a  `",
            "`{{ 'a'.zfill(3) }}` => `00a`",
            "`{{ 'xax'.replace('a', 'bb') }}` => `xbbx`",
            "`{{ v|wordwrap(1, wrapstring='-') }}` => `a`",
            "`{{ [1]|batch(3, 0)|list }}` => `[[1, 0, 0]]`",
            "`{{ [1, 2]|slice(3)|list }}` => `[[1], [2], []]`"})
    void should_render_when_the_same_filters_stay_within_the_output_cap(String template, String expected) {
        // when
        String rendered = RENDERER.render(spec(template, "v"), Map.of("v", "a")).rendered();

        // then
        assertThat(rendered).isEqualTo(expected);
    }
}
