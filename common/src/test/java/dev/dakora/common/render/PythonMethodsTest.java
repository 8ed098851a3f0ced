package dev.dakora.common.render;

import dev.dakora.common.template.InputSpec;
import dev.dakora.common.template.InputType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.dakora.common.render.RenderFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Python methods and value reprs as Jinja2 renders them (expected texts taken from Jinja2 3.1 with
 * the reference environment): changing lists and dicts, dict views, bytes, range and namespace.
 */
class PythonMethodsTest {

    private static final TemplateRenderer RENDERER = new TemplateRenderer();

    @AfterAll
    static void close() {
        RENDERER.close();
    }

    private static String render(String template, Object xs, Object o) {
        Map<String, InputSpec> inputs = new LinkedHashMap<>();
        inputs.put("xs", InputSpec.of(InputType.ARRAY_OF_STRING));
        inputs.put("o", InputSpec.of(InputType.OBJECT));
        inputs.put("s", new InputSpec(InputType.STRING, false, null, null));
        return RENDERER.render(spec(template, inputs), Map.of("xs", xs, "o", o, "s", "aé\tb")).rendered();
    }

    private static String render(String template) {
        return render(template, List.of("a", "b", "a"), Map.of("a", 1));
    }

    @Test
    void should_change_a_given_list_when_a_template_appends_to_it() {
        assertThat(render("{{ xs.append('z') }}{{ xs }}")).isEqualTo("None['a', 'b', 'a', 'z']");
        assertThat(render("{{ xs.pop() }}{{ xs.insert(0, 'q') }}{{ xs }}")).isEqualTo("aNone['q', 'a', 'b']");
        assertThat(render("{{ xs.sort(reverse=true) }}{{ xs }}")).isEqualTo("None['b', 'a', 'a']");
    }

    @Test
    void should_leave_the_callers_inputs_unchanged_when_a_template_changes_its_copy() {
        // given
        List<String> given = List.of("a");
        var inputs = Map.<String, InputSpec>of("xs", InputSpec.of(InputType.ARRAY_OF_STRING));

        // when
        RenderResult result = RENDERER.render(spec("{{ xs.append('z') }}{{ xs|length }}", inputs), Map.of("xs", given));

        // then
        assertThat(result.rendered()).isEqualTo("None2");
        assertThat(result.inputsUsed().get("xs")).isEqualTo(List.of("a"));
    }

    @Test
    void should_fail_when_a_list_method_is_misused() {
        assertThatThrownBy(() -> render("{{ xs.remove('q') }}")).isInstanceOf(RenderException.class);
        assertThatThrownBy(() -> render("{{ xs.pop(7) }}")).isInstanceOf(RenderException.class);
        assertThatThrownBy(() -> render("{{ (1, 2).append(3) }}")).isInstanceOf(RenderException.class);
    }

    @Test
    void should_refuse_a_list_that_would_hold_itself() {
        assertThatThrownBy(() -> render("{{ xs.append(xs) }}")).isInstanceOf(RenderException.class)
                .hasMessageContaining("itself");
        assertThat(render("{{ xs.append(xs.copy()) }}{{ xs|length }}")).isEqualTo("None4");
    }

    @Test
    void should_fail_before_a_list_grows_past_the_output_cap() {
        // given: doubling a list twenty times would make a million items and more
        String template = "{% for i in range(25) %}{{ xs.extend(xs) or '' }}{% endfor %}{{ xs|length }}";

        // when / then
        assertThatThrownBy(() -> render(template)).isInstanceOf(RenderException.class)
                .extracting(e -> ((RenderException) e).kind()).isEqualTo(RenderException.Kind.OUTPUT_LIMIT);
        assertThat(render("{% for i in range(3) %}{{ xs.extend(xs) or '' }}{% endfor %}{{ xs|length }}")).isEqualTo("24");
    }

    @Test
    void should_print_dict_views_as_python_does_and_follow_changes() {
        assertThat(render("{{ o.keys() }} {{ o.values() }} {{ o.items() }}"))
                .isEqualTo("dict_keys(['a']) dict_values([1]) dict_items([('a', 1)])");
        assertThat(render("{% set k = o.keys() %}{{ o.update(z=2) }}{{ k }}")).isEqualTo("Nonedict_keys(['a', 'z'])");
        assertThatThrownBy(() -> render("{{ o.keys()[0] }}")).isInstanceOf(RenderException.class);
    }

    @Test
    void should_change_a_given_dict_with_its_methods() {
        assertThat(render("{{ o.setdefault('q', 1) }}{{ o.pop('a') }}{{ o }}")).isEqualTo("11{'q': 1}");
        assertThat(render("{{ o.update([('k', 3)], m=4) }}{{ o.popitem() }}{{ o }}")).isEqualTo("None('m', 4){'a': 1, 'k': 3}");
        assertThatThrownBy(() -> render("{{ o.pop('z') }}")).isInstanceOf(RenderException.class);
        assertThatThrownBy(() -> render("{{ o.update(5) }}")).isInstanceOf(RenderException.class);
    }

    @Test
    void should_encode_text_to_bytes_and_expand_tabs() {
        assertThat(render("{{ s.encode() }}|{{ s.encode('ascii', 'replace') }}|{{ s.encode()|length }}"))
                .isEqualTo("b'a\\xc3\\xa9\\tb'|b'a?\\tb'|5");
        assertThat(render("{{ s.expandtabs(4) }}|{{ s.__len__() }}")).isEqualTo("aé  b|4");
        assertThatThrownBy(() -> render("{{ s.encode('ascii') }}")).isInstanceOf(RenderException.class);
        assertThatThrownBy(() -> render("{{ s.encode('rot13') }}")).isInstanceOf(RenderException.class);
    }

    @Test
    void should_print_range_and_namespace_as_python_does() {
        assertThat(render("{{ range(3) }} {{ range(1, 10, 3)[1:] }} {{ range(10)[::-1] }} {{ range(3)|list }}"))
                .isEqualTo("range(0, 3) range(4, 10, 3) range(9, -1, -1) [0, 1, 2]");
        assertThat(render("{{ namespace(b=2, a=1) }}")).isEqualTo("<Namespace {'b': 2, 'a': 1}>");
        assertThatThrownBy(() -> render("{{ range(3)|tojson }}")).isInstanceOf(RenderException.class);
    }

    @Test
    void should_index_a_format_field_as_python_does() {
        assertThat(render("{{ '{0[1]}{1[a]}'.format(s, o) }}")).isEqualTo("é1");
        assertThatThrownBy(() -> render("{{ '{0.a}'.format(o) }}")).isInstanceOf(RenderException.class);
    }

    @Test
    void should_fail_when_a_list_or_text_is_indexed_by_none_or_text() {
        assertThatThrownBy(() -> render("{{ xs[none] }}")).isInstanceOf(RenderException.class);
        assertThatThrownBy(() -> render("{{ xs['0'] }}")).isInstanceOf(RenderException.class);
        assertThat(render("{{ xs[0] }}{{ xs['0'] is defined }}")).isEqualTo("aFalse");
    }

    @Test
    void should_offer_the_methods_and_attributes_of_python_numbers() {
        // given
        var inputs = Map.of("n", InputSpec.of(InputType.NUMBER), "f", InputSpec.of(InputType.NUMBER));
        String template = "{{ n.bit_length() }}|{{ n.numerator }}|{{ n.to_bytes(2) }}|{{ f.hex() }}|"
                + "{{ f.as_integer_ratio() }}|{{ f.is_integer() }}|{{ f.imag }}";

        // when
        String rendered = RENDERER.render(spec(template, inputs), Map.of("n", 300, "f", 2.5)).rendered();

        // then
        assertThat(rendered).isEqualTo("9|300|b'\\x01,'|0x1.4000000000000p+1|(5, 2)|False|0.0");
        assertThatThrownBy(() -> RENDERER.render(spec("{{ n.is_integer() }}", inputs), Map.of("n", 300, "f", 2.5)))
                .isInstanceOf(RenderException.class);
        assertThatThrownBy(() -> RENDERER.render(spec("{{ n.to_bytes(1, signed=true) }}", inputs), Map.of("n", 300, "f", 2.5)))
                .isInstanceOf(RenderException.class);
    }

    @Test
    void should_pretty_print_with_sorted_keys_and_break_only_what_does_not_fit() {
        assertThat(render("{{ o|pprint }}", List.of(), Map.of("b", 1, "a", 2))).isEqualTo("{'a': 2, 'b': 1}");
        assertThat(render("{{ {'k': ['alpha beta gamma delta epsilon'] * 3}|pprint }}")).isEqualTo(
                "{'k': ['alpha beta gamma delta epsilon',\n       'alpha beta gamma delta epsilon',\n"
                        + "       'alpha beta gamma delta epsilon']}");
    }

    @Test
    void should_keep_the_keys_of_a_dict_literal_as_python_does() {
        assertThat(render("{{ {1: 'a', 2.5: 'b'} }}|{{ {1: 'a', 1.0: 'b', true: 'c'} }}|{{ {1: 'a'}[1.0] }}"))
                .isEqualTo("{1: 'a', 2.5: 'b'}|{1: 'c'}|a");
        assertThatThrownBy(() -> render("{{ {1: 'a'}['1'] }}")).isInstanceOf(RenderException.class);
        assertThatThrownBy(() -> render("{{ {[1]: 2} }}")).isInstanceOf(RenderException.class);
    }
    @Test
    void should_read_python_escapes_in_string_literals() {
        assertThat(render("{{ ['\\x00', '\\u00e9', '\\101', '\\d'] }}")).isEqualTo("['\\x00', 'é', 'A', '\\\\d']");
        assertThatThrownBy(() -> render("{{ '\\x4' }}")).isInstanceOf(RenderException.class);
    }
    @Test
    void should_expand_star_arguments_of_method_and_function_calls() {
        assertThat(render("{{ '{}{x}'.format(*xs, **{'x': 3}) }}|{{ '{a}'.format(**o) }}")).isEqualTo("a3|1");
        assertThat(render("{{ range(*[1, 4]) }}|{{ namespace(**o) }}")).isEqualTo("range(1, 4)|<Namespace {'a': 1}>");
        assertThatThrownBy(() -> render("{{ '{}'.format(**xs) }}")).isInstanceOf(RenderException.class);
        assertThatThrownBy(() -> render("{{ '{}'.format(*5) }}")).isInstanceOf(RenderException.class);
    }
    @Test
    void should_format_nested_specs_and_ascii_conversions_as_python_does() {
        assertThat(render("{{ '{:{w}}|{:.{p}f}|{!a}'.format('ab', 3.14159, 'é', w=4, p=2) }}|{{ '%a' % 'é' }}"))
                .isEqualTo("ab  |3.14|'\\xe9'|'\\xe9'");
        assertThatThrownBy(() -> render("{{ '{0}{}'.format('a') }}")).isInstanceOf(RenderException.class);
    }
    @Test
    void should_escape_what_safe_text_methods_insert_and_keep_them_safe() {
        assertThat(render("{{ ('a'|safe).replace('a', '<') }}|{{ ('-'|safe).join(['<a>', 'b']) }}|{{ ('<a> b'|safe).split() }}"))
                .isEqualTo("&lt;|&lt;a&gt;-b|[Markup('<a>'), Markup('b')]");
        assertThat(render("{{ ('<b>'|safe).strip('<') }}|{{ ('<b>'|safe).upper() }}")).isEqualTo("b>|<B>");
        assertThatThrownBy(() -> render("{{ ('ab'|safe).center(6, '<') }}")).isInstanceOf(RenderException.class);
    }
    @Test
    void should_fail_a_method_on_a_read_only_value_without_naming_java_types() {
        // given: without a changing call in its text, a template renders with the caller's read-only inputs
        String template = "{% set f = 'app' ~ 'end' %}{{ xs[f]('z') }}";

        // when / then
        assertThatThrownBy(() -> render(template)).isInstanceOf(RenderException.class)
                .hasMessageContaining("cannot be changed").hasMessageNotContaining("java.");
        assertThat(render("{{ xs.count('a') }}")).isEqualTo("2");
    }
}
