package dev.dakora.common.render;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Jinja2's tests of a value's kind ({@code is sequence}, {@code is even}, {@code is filter}, ...) with Python's meaning. */
class ValueTestsTest {

    private static final TemplateRenderer RENDERER = new TemplateRenderer();

    @AfterAll
    static void close() {
        RENDERER.close();
    }

    private static String render(String template, Object value) {
        return RenderFixtures.renderAsInput(RENDERER, template, value);
    }

    @Test
    void should_count_strings_and_dicts_as_sequences_and_iterables_but_not_numbers() {
        assertThat(render("{{ v.x is sequence }}|{{ v.x is iterable }}|{{ {'a': 1} is sequence }}", "ab"))
                .isEqualTo("True|True|True");
        assertThat(render("{{ v.x is sequence }}|{{ v.x is iterable }}", 4.5)).isEqualTo("False|False");
    }

    @Test
    void should_test_the_case_of_any_value_by_its_python_text() {
        assertThat(render("{{ v.x is lower }}|{{ v.x is upper }}", Map.of("k", 1))).isEqualTo("True|False");
        assertThat(render("{{ v.x is lower }}|{{ v.x is upper }}", true)).isEqualTo("False|False");
        assertThat(render("{{ v.x is upper }}|{{ '123' is upper }}", "ÉLAN 1")).isEqualTo("True|False");
    }

    @Test
    void should_take_parity_of_floats_and_bools_as_python_remainders() {
        assertThat(render("{{ v.x is even }}|{{ 4.5 is even }}|{{ true is odd }}|{{ false is even }}", 4.0))
                .isEqualTo("True|False|True|True");
        assertThat(render("{{ v.x is divisibleby 1.5 }}|{{ v.x is divisibleby(2) }}", 4.5)).isEqualTo("True|False");
        assertThat(render("{{ [3, 1.5, -2, true]|select('odd')|list }}", 0)).isEqualTo("[3, True]");
    }

    @Test
    void should_fail_parity_tests_on_values_python_cannot_take_a_remainder_of() {
        assertThatThrownBy(() -> render("{{ v.x is even }}", List.of("a"))).isInstanceOf(RenderException.class);
        assertThatThrownBy(() -> render("{{ v.x is odd }}", "ab")).isInstanceOf(RenderException.class);
        assertThatThrownBy(() -> render("{{ v.x is divisibleby 0 }}", 4)).isInstanceOf(RenderException.class);
    }

    @Test
    void should_know_escaped_text_from_plain_text() {
        assertThat(render("{{ (v.x|e) is escaped }}|{{ (v.x|safe) is escaped }}|{{ (v.x|e) is string }}", "<b>"))
                .isEqualTo("True|True|True");
        assertThat(render("{{ v.x is escaped }}", "<b>")).isEqualTo("False");
    }

    @Test
    void should_know_jinja2_filter_and_test_names_only() {
        assertThat(render("{{ 'upper' is filter }}|{{ 'odd' is test }}|{{ '==' is test }}|{{ 'yaml' is filter }}", 0))
                .isEqualTo("True|True|True|True");
        assertThat(render("{{ 'regex_replace' is filter }}|{{ 'truthy' is test }}|{{ 3 is filter }}", 0))
                .isEqualTo("False|False|False");
        assertThatThrownBy(() -> render("{{ v.x is filter }}", List.of("upper"))).isInstanceOf(RenderException.class);
        assertThatThrownBy(() -> render("{{ v.x is truthy }}", 1)).isInstanceOf(RenderException.class);
    }

    @Test
    void should_call_macros_joiners_loops_and_undefined_values_callable() {
        assertThat(render("{% macro m() %}{% endmacro %}{{ m is callable }}|{{ joiner() is callable }}"
                + "{% for i in [1] %}|{{ loop is callable }}{% endfor %}|{{ missing is callable }}", 0))
                .isEqualTo("True|True|True|True");
        assertThat(render("{{ cycler(1) is callable }}|{{ v.x is callable }}|{{ 'upper' is callable }}", 1))
                .isEqualTo("False|False|False");
    }

    @Test
    void should_pass_an_undefined_value_through_type_tests_but_fail_tests_that_read_it() {
        assertThat(render("{{ missing is string }}|{{ v.zz is number }}|{{ missing is none }}|{{ missing is sequence }}", 0))
                .isEqualTo("False|False|False|False");
        assertThatThrownBy(() -> render("{{ missing is lower }}", 0)).isInstanceOf(RenderException.class);
        assertThatThrownBy(() -> render("{{ missing is iterable }}", 0)).isInstanceOf(RenderException.class);
    }
}
