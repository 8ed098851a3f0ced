package dev.dakora.common.render;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Python's pprint layout, and how marked-up and undefined values print inside containers. */
class PrettyPrintAndReprTest {

    private static final TemplateRenderer RENDERER = new TemplateRenderer();

    @AfterAll
    static void close() {
        RENDERER.close();
    }

    private static String render(String template, Object value) {
        return RenderFixtures.renderAsInput(RENDERER, template, value);
    }

    @Test
    void should_put_one_item_a_line_when_the_repr_is_wider_than_80_characters() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("b", List.of("word ".repeat(10), "x".repeat(50)));
        value.put("a", 1);
        assertThat(render("{{ v.x|pprint }}", value)).isEqualTo("{'a': 1,\n 'b': ['word word word word word word word word word word ',\n"
                + "       'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx']}");
        assertThat(render("{{ v.x|pprint }}", List.of(1, 2))).isEqualTo("[1, 2]");
    }

    @Test
    void should_split_a_long_string_into_adjacent_literals_at_spaces() {
        assertThat(render("{{ v.x|pprint }}", "word ".repeat(20)))
                .isEqualTo("('word word word word word word word word word word word word word word word '\n 'word word word word word ')");
        assertThat(render("{{ v.x|pprint }}", "word ".repeat(2))).isEqualTo("'word word '");
    }

    @Test
    void should_print_markup_and_undefined_items_as_jinja2_does() {
        assertThat(render("{{ [v.x|e] }}|{{ [none if false] }}|{{ {'k': v.x|safe} }}", "<b>"))
                .isEqualTo("[Markup('&lt;b&gt;')]|[Undefined]|{'k': Markup('<b>')}");
        assertThat(render("{{ v.x|e }}|{{ v.x|e ~ '' }}", "<b>")).isEqualTo("&lt;b&gt;|&lt;b&gt;");
    }

    @Test
    void should_test_a_missing_attribute_as_undefined_but_refuse_its_truth() {
        assertThat(render("{{ [{'a': 1}, {'b': 2}]|selectattr('b', 'defined')|list }}", 0)).isEqualTo("[{'b': 2}]");
        assertThatThrownBy(() -> render("{{ [{'a': 1}]|selectattr('b')|list }}", 0)).isInstanceOf(RenderException.class);
    }

    @Test
    void should_batch_all_items_together_when_the_count_is_fractional() {
        assertThat(render("{{ [1, 2, 3]|batch(2.5)|list }}|{{ [1, 2, 3]|batch(2.0)|list }}", 0)).isEqualTo("[[1, 2, 3]]|[[1, 2], [3]]");
        assertThatThrownBy(() -> render("{{ [1, 2, 3]|batch(2.0, 0)|list }}", 0)).isInstanceOf(RenderException.class);
    }
}
