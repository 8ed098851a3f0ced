package dev.dakora.common.render;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static dev.dakora.common.render.RenderFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Operators refuse a value longer than the output cap (1 MiB) before building it: repeated and
 * joined texts and lists, huge powers and products, huge literals and ranges all fail the render
 * with a limit error instead of allocating. The timeout only guards against a hang.
 */
@Timeout(30)
class ExpressionLimitsTest {

    private static final TemplateRenderer RENDERER = new TemplateRenderer();

    @AfterAll
    static void close() {
        RENDERER.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{{ 'a' * 1000000000 }}",
            "{{ 1000000000 * 'ab' }}",
            "{{ ([1] * 10 ** 9)|length }}",
            "{{ ([1, 2, 3] * 9223372036854775807)|length }}",
            "{{ 'ab' * 2 ** 70 }}",
            "{% for n in [10, 1000, 100000, 10000000] %}{% set t = 'ab' * n %}{{ t|length }}{% endfor %}",
            "{% set ns = namespace(s='x') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
            "{% set ns = namespace(s='x') %}{% for i in range(40) %}{% set ns.s = ns.s + ns.s %}{% endfor %}",
            "{% set ns = namespace(xs=[1]) %}{% for i in range(40) %}{% set ns.xs = ns.xs + ns.xs %}{% endfor %}",
            "{{ '%1000000000s' % 'a' }}",
            "{{ '%.2000000f' % 1.5 }}",
            "{{ '%*d' % (2 ** 40, 1) }}",
            "{{ 2 ** 100000000 }}",
            "{{ 10 ** (10 ** 10) }}",
            "{{ (7 ** 2000000) * (7 ** 2000000) }}",
            "{{ (2 ** 3000000) * (2 ** 3000000) }}"})
    void should_fail_with_output_limit_before_building_a_value_longer_than_the_cap(String template) {
        // when
        RenderException error = catchThrowableOfType(RenderException.class, () -> RENDERER.render(spec(template), Map.of()));

        // then
        assertThat(error.kind()).isEqualTo(RenderException.Kind.OUTPUT_LIMIT);
        assertThat(error.getMessage()).contains("would be longer than 1048576 characters");
        assertStillRenders();
    }

    @Test
    void should_compute_values_just_under_the_cap() {
        // when
        String rendered = RENDERER.render(spec("{{ ('ab' * 500000)|length }} {{ ([0] * 1000000)|length }} "
                + "{{ (2 ** 3000000) % 1000 }} {{ 10 ** 10 ** 10 == 10 ** 100 }}"), Map.of()).rendered();

        // then
        assertThat(rendered).isEqualTo("1000000 1000000 376 True");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{{ range(10 ** 20)|length }}", "{{ range(-(2 ** 62), 2 ** 62)|length }}",
            "{% for i in range(0, 2 ** 64, 2) %}{% endfor %}"})
    void should_fail_with_loop_limit_when_a_range_is_huge(String template) {
        // when
        RenderException error = catchThrowableOfType(RenderException.class, () -> RENDERER.render(spec(template), Map.of()));

        // then
        assertThat(error.kind()).isEqualTo(RenderException.Kind.LOOP_LIMIT);
        assertThat(error.getMessage()).contains("range() would make");
    }

    @Test
    void should_make_a_range_of_big_ints_within_the_limit() {
        // when
        String rendered = RENDERER.render(spec("{{ range(2 ** 64, 2 ** 64 + 3)|list }}"), Map.of()).rendered();

        // then
        assertThat(rendered).isEqualTo("[18446744073709551616, 18446744073709551617, 18446744073709551618]");
    }

    @Test
    void should_refuse_an_int_literal_longer_than_python_reads() {
        // when
        RenderException error = catchThrowableOfType(RenderException.class,
                () -> RENDERER.render(spec("{{ " + "7".repeat(100_000) + " }}"), Map.of()));

        // then
        assertThat(error.kind()).isEqualTo(RenderException.Kind.SYNTAX);
        assertThat(error.getMessage()).contains("at most 4300 digits");
    }

    @Test
    void should_read_an_int_literal_of_4300_digits() {
        // when
        String rendered = RENDERER.render(spec("{{ " + "7".repeat(4300) + " % 10 }}"), Map.of()).rendered();

        // then
        assertThat(rendered).isEqualTo("7");
    }

    @Test
    void should_refuse_to_print_an_int_of_more_than_4300_digits_as_python_does() {
        // when
        RenderException error = catchThrowableOfType(RenderException.class,
                () -> RENDERER.render(spec("{{ 10 ** 4300 }}"), Map.of()));

        // then
        assertThat(error.kind()).isEqualTo(RenderException.Kind.FAILED);
        assertThat(error.getMessage()).contains("Exceeds the limit (4300 digits)");
        assertThat(RENDERER.render(spec("{{ 10 ** 4299 }}"), Map.of()).rendered()).hasSize(4300);
    }

    private static void assertStillRenders() {
        assertThat(RENDERER.render(spec("still {{ v }}", "v"), Map.of("v", "fine")).rendered()).isEqualTo("still fine");
    }
}
