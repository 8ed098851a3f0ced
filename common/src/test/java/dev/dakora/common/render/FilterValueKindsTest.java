package dev.dakora.common.render;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Jinja2's filters on every kind of value: what Python iterates, measures, rounds or wraps, and what it refuses. */
class FilterValueKindsTest {

    private static final TemplateRenderer RENDERER = new TemplateRenderer();

    @AfterAll
    static void close() {
        RENDERER.close();
    }

    private static String render(String template, Object value) {
        return RenderFixtures.renderAsInput(RENDERER, template, value);
    }

    @Test
    void should_iterate_strings_lists_and_dict_keys_in_sequence_filters() {
        assertThat(render("{{ v.x|first }}|{{ v.x|last }}|{{ v.x|list }}|{{ v.x|reverse }}|{{ v.x|length }}", "abc"))
                .isEqualTo("a|c|['a', 'b', 'c']|cba|3");
        assertThat(render("{{ v.x|first }}|{{ v.x|sort }}|{{ v.x|count }}", Map.of("k", 1))).isEqualTo("k|['k']|1");
    }

    @Test
    void should_refuse_numbers_and_none_in_filters_that_iterate_or_measure() {
        for (String filter : List.of("first", "last", "list", "reverse", "length", "count", "join", "sort", "sum", "max",
                "unique|list", "batch(2)|list", "slice(2)|list", "groupby('a')")) {
            assertThatThrownBy(() -> render("{{ v.x|" + filter + " }}", 42)).as(filter).isInstanceOf(RenderException.class);
        }
        assertThatThrownBy(() -> render("{{ none|list }}", 0)).isInstanceOf(RenderException.class);
    }

    @Test
    void should_select_nothing_from_a_false_value_but_refuse_a_true_number() {
        assertThat(render("{{ v.x|select|list }}|{{ v.x|map('string')|list }}|{{ none|reject|list }}", false))
                .isEqualTo("[]|[]|[]");
        assertThatThrownBy(() -> render("{{ v.x|select|list }}", 42)).isInstanceOf(RenderException.class);
    }

    @Test
    void should_keep_whole_numbers_whole_when_rounding_and_taking_absolute_values() {
        assertThat(render("{{ v.x|round }}|{{ 45|round(-1) }}|{{ true|round(1) }}|{{ v.x|round(1, 'ceil') }}|{{ true|abs }}", 42))
                .isEqualTo("42|40|1|42.0|1");
        assertThat(render("{{ v.x|round }}|{{ v.x|round(0, 'floor') }}|{{ v.x|abs }}", -2.5)).isEqualTo("-2.0|-3.0|2.5");
        assertThatThrownBy(() -> render("{{ v.x|round }}", "4")).isInstanceOf(RenderException.class);
        assertThatThrownBy(() -> render("{{ v.x|abs }}", "4")).isInstanceOf(RenderException.class);
    }

    @Test
    void should_wrap_indent_and_truncate_only_text() {
        assertThat(render("{{ v.x|wordwrap(6, wrapstring='|') }}", "Hello wonderful World"))
                .isEqualTo("Hello |wonder|ful|World");
        assertThat(render("{{ [1, 2]|truncate(5) }}", 0)).isEqualTo("[1, 2]");
        assertThatThrownBy(() -> render("{{ v.x|wordwrap(3) }}", 12345)).isInstanceOf(RenderException.class);
        assertThatThrownBy(() -> render("{{ v.x|indent }}", List.of("a"))).isInstanceOf(RenderException.class);
        assertThatThrownBy(() -> render("{{ v.x|truncate(5) }}", 42)).isInstanceOf(RenderException.class);
    }

    @Test
    void should_print_groups_as_tuples_that_also_read_as_grouper_and_list() {
        List<Map<String, Object>> users = List.of(Map.of("r", "b"), Map.of("r", "a"));
        assertThat(render("{{ v.x|groupby('r') }}", users)).isEqualTo("[('a', [{'r': 'a'}]), ('b', [{'r': 'b'}])]");
        assertThat(render("{% for g in v.x|groupby('r') %}{{ g.grouper }}{{ g[0] }}{{ g.list|length }}{% endfor %}"
                + "|{{ v.x|groupby('r')|map(attribute='grouper')|list }}", users)).isEqualTo("aa1bb1|['a', 'b']");
        assertThat(render("{{ (v.x|groupby('r'))[0].zz is defined }}", users)).isEqualTo("False");
    }

    @Test
    void should_link_addresses_with_the_noopener_policy_and_escape_the_rest() {
        assertThat(render("{{ v.x|urlize }}", "<see> www.x.org, me@x.io"))
                .isEqualTo("&lt;see&gt; <a href=\"https://www.x.org\" rel=\"noopener\">www.x.org</a>, "
                        + "<a href=\"mailto:me@x.io\">me@x.io</a>");
        assertThat(render("{{ v.x|urlize(4, true, '_t', extra_schemes=['ftp:']) }}", "ftp://a.b example.zzz"))
                .isEqualTo("<a href=\"ftp://a.b\" rel=\"nofollow noopener\" target=\"_t\">ftp://a.b</a> example.zzz");
        assertThatThrownBy(() -> render("{{ v.x|urlize(extra_schemes=['a']) }}", "x")).isInstanceOf(RenderException.class);
    }

    @Test
    void should_refuse_a_float_or_missing_argument_where_python_needs_a_whole_number_or_text() {
        assertThat(render("{{ 'ab'|center(6) }}|{{ 'abc'|replace(1, 2)|replace('c', 'x', true) }}|{{ [1, 2]|join(none) }}"
                + "|{{ [1, 2, 3]|batch('2')|list }}", 0)).isEqualTo("  ab  |abx|1None2|[[1, 2, 3]]");
        for (String template : List.of("{{ 'ab'|center(5.5) }}", "{{ 'ab'|indent(2.5) }}", "{{ 3.14159|round(1.5) }}",
                "{{ 'ab'|replace('a') }}", "{{ 'ab'|trim(1) }}", "{{ [1]|slice(2.5)|list }}")) {
            assertThatThrownBy(() -> render(template, 0)).as(template).isInstanceOf(RenderException.class);
        }
    }

    @Test
    void should_parse_floats_sum_lists_and_strip_spaces_as_python_does() {
        assertThat(render("{{ ' 1_0.5 '|float }}|{{ '-INF'|float }}|{{ [1, 1.0, true]|unique|list }}|{{ [[1], [2]]|sum(start=[]) }}"
                + "|{{ (' a' ~ '\u00a0')|trim|length }}", 0)).isEqualTo("10.5|-inf|[1]|[1, 2]|1");
        assertThat(render("{{ '1.5f'|float(-1) }}|{{ '0x10'|float(-1) }}", 0)).isEqualTo("-1|-1");
        assertThatThrownBy(() -> render("{{ ['a']|sum(start='') }}", 0)).isInstanceOf(RenderException.class);
    }
}
