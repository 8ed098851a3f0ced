package dev.dakora.common.render;

import dev.dakora.common.template.InputSpec;
import dev.dakora.common.template.InputType;
import dev.dakora.common.template.TemplateSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Jinja2's macros, call blocks and spread arguments. */
class MacroTest {

    private static final TemplateRenderer RENDERER = new TemplateRenderer();

    @AfterAll
    static void closeRenderer() {
        RENDERER.close();
    }

    @Test
    void should_collect_extra_arguments_in_varargs_and_kwargs_when_the_body_uses_them() {
        assertThat(render("{% macro m(a) %}{{ a }}{{ varargs }}{{ kwargs }}{% endmacro %}{{ m(1, 2, x=3) }}")).isEqualTo("1(2,){'x': 3}");
        assertThatThrownBy(() -> render("{% macro m(a) %}{{ a }}{% endmacro %}{{ m(1, 2) }}"))
                .hasMessageContaining("macro 'm' takes not more than 1 argument(s)");
        assertThatThrownBy(() -> render("{% macro m(a) %}{{ a }}{% endmacro %}{{ m(z=2) }}"))
                .hasMessageContaining("macro 'm' takes no keyword argument 'z'");
    }

    @Test
    void should_refuse_a_keyword_for_a_parameter_given_by_position_but_take_keywords_in_any_order() {
        assertThatThrownBy(() -> render("{% macro m(a) %}{{ a }}{% endmacro %}{{ m(1, a=2) }}"))
                .hasMessageContaining("takes no keyword argument 'a'");
        assertThat(render("{% macro m(a) %}{{ kwargs }}{% endmacro %}{{ m(1, a=2) }}")).isEqualTo("{'a': 2}");
        assertThat(render("{% macro m(a, b=2) %}{{ a }}{{ b }}{% endmacro %}{{ m(b=3, a=1) }}")).isEqualTo("13");
    }

    @Test
    void should_evaluate_defaults_at_call_time_from_earlier_parameters() {
        assertThat(render("{% macro m(a, b=a ~ '!') %}{{ b }}{% endmacro %}{{ m(5) }}|{{ m(5, 6) }}")).isEqualTo("5!|6");
        assertThatThrownBy(() -> render("{% macro m(a) %}{{ a }}{% endmacro %}{{ m() }}")).isInstanceOf(RenderException.class);
        assertThatThrownBy(() -> render("{% macro m(a=1, b) %}{% endmacro %}x")).isInstanceOf(RenderException.class);
    }

    @Test
    void should_leave_a_parameter_without_value_undefined_even_when_a_variable_has_its_name() {
        assertThat(render("{% macro m(a) %}{{ a is defined }}{% endmacro %}{% set a = 9 %}{{ m() }}")).isEqualTo("False");
        assertThatThrownBy(() -> render("{% set a = 9 %}{% macro m(a) %}{{ a }}{% endmacro %}{{ m() }}")).isInstanceOf(RenderException.class);
        assertThatThrownBy(() -> render("{% macro m(a) %}{% if a %}y{% endif %}{% endmacro %}{{ m() }}"))
                .hasMessageContaining("no truth value");
    }

    @Test
    void should_print_the_loop_as_jinja2_does() {
        assertThat(render("{% for x in xs %}{{ loop }}{% endfor %}")).isEqualTo("<LoopContext 1/3><LoopContext 2/3><LoopContext 3/3>");
        assertThat(render("{% for x in xs %}{{ [loop.index] }}{% endfor %}")).isEqualTo("[1][2][3]");
    }

    @Test
    void should_pass_call_block_parameters_to_caller() {
        assertThat(render("{% macro each(items) %}{% for i in items %}{{ caller(i) }}{% endfor %}{% endmacro %}"
                + "{% call(x) each(xs) %}[{{ x }}]{% endcall %}")).isEqualTo("[a][b][c]");
        assertThat(render("{% macro w() %}<{{ caller() }}>{% endmacro %}{% call w() %}in{% endcall %}")).isEqualTo("<in>");
        assertThatThrownBy(() -> render("{% macro w() %}{{ caller(1, 2) }}{% endmacro %}{% call(x) w() %}{% endcall %}"))
                .hasMessageContaining("macro 'caller' takes not more than 1 argument(s)");
    }

    @Test
    void should_print_a_macro_and_offer_its_jinja2_attributes_only() {
        assertThat(render("{% macro m(a, b=1) %}{% endmacro %}{{ m }}|{{ m.name }}|{{ m.arguments }}|{{ m.catch_kwargs }}"))
                .isEqualTo("<Macro 'm'>|m|('a', 'b')|False");
        assertThatThrownBy(() -> render("{% macro m() %}{% endmacro %}{{ m.defaults }}")).hasMessageContaining("no attribute 'defaults'");
        assertThatThrownBy(() -> render("{% macro m() %}{% endmacro %}{{ m.getClass() }}")).isInstanceOf(RenderException.class);
    }

    @Test
    void should_refuse_call_arguments_out_of_order() {
        assertThatThrownBy(() -> render("{% macro m(a) %}{% endmacro %}{{ m(a=1, 2) }}")).isInstanceOf(RenderException.class);
        assertThatThrownBy(() -> render("{% macro m() %}{% endmacro %}{{ m(**{}, *xs) }}")).isInstanceOf(RenderException.class);
        assertThat(render("{% macro m(a, b) %}{{ a }}{{ b }}{% endmacro %}{{ m(b=1, *['x']) }}")).isEqualTo("x1");
    }

    @Test
    void should_offer_caller_only_to_a_macro_called_by_a_call_block() {
        String macro = "{% macro m() %}[{{ caller() if caller is defined else '-' }}]{% endmacro %}";
        assertThat(render(macro + "{% call m() %}C{% endcall %}{{ m() }}")).isEqualTo("[C][-]");
        assertThatThrownBy(() -> render("{% macro m() %}{{ caller() }}{% endmacro %}{{ m() }}")).hasMessageContaining("'caller' is undefined");
    }

    @Test
    void should_spread_star_arguments_into_macros_functions_and_methods() {
        assertThat(render("{% macro m(a, b, c) %}{{ a }}{{ b }}{{ c }}{% endmacro %}{{ m(*xs) }}|{{ m(1, **{'c': 3, 'b': 2}) }}"))
                .isEqualTo("abc|123");
        assertThat(render("{{ range(*[1, 3])|list }}{% for x in xs %}{{ loop.cycle(*xs) }}{% endfor %}")).isEqualTo("[1, 2]abc");
        assertThatThrownBy(() -> render("{% macro m(a) %}{% endmacro %}{{ m(*5) }}")).hasMessageContaining("must be an iterable");
    }

    private static String render(String template) {
        TemplateSpec spec = RenderFixtures.spec(template, Map.of("xs", new InputSpec(InputType.ARRAY_OF_STRING, true, null, null)));
        return RENDERER.render(spec, Map.of("xs", List.of("a", "b", "c"))).rendered();
    }
}
