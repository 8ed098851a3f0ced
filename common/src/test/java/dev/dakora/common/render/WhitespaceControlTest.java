package dev.dakora.common.render;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Jinja2's lexer whitespace rules (trim_blocks, lstrip_blocks, '-', '+', newlines, raw, comments) on the source. */
class WhitespaceControlTest {

    private static final TemplateRenderer RENDERER = new TemplateRenderer();

    @AfterAll
    static void closeRenderer() {
        RENDERER.close();
    }

    @Test
    void should_turn_windows_newlines_into_newlines_and_trim_them_after_block_tags() {
        assertThat(WhitespaceControl.apply("A\r\n{% if x %}\r\nB\r\n{% endif %}\r\nC")).isEqualTo("A\n{% if x \n%}B\n{% endif \n%}C");
        assertThat(WhitespaceControl.apply("A\rB")).isEqualTo("A\nB");
    }

    @Test
    void should_keep_the_newline_after_a_tag_ending_with_plus_but_not_after_one_without() {
        assertThat(WhitespaceControl.apply("{% if x +%}\nB")).isEqualTo("{% if x %}\nB");
        assertThat(WhitespaceControl.apply("{% if x %}\nB")).isEqualTo("{% if x \n%}B");
    }

    @Test
    void should_strip_indentation_before_a_block_tag_on_its_own_line_but_not_after_text() {
        assertThat(WhitespaceControl.apply("A\n  {% if x %}")).isEqualTo("A\n{% if x %}");
        assertThat(WhitespaceControl.apply("A  {% if x %}")).isEqualTo("A  {% if x %}");
        assertThat(WhitespaceControl.apply("A\n  {%+ if x %}")).isEqualTo("A\n  {% if x %}");
        assertThat(WhitespaceControl.apply("A\n  {{ x }}")).isEqualTo("A\n  {{ x }}");
    }

    @Test
    void should_strip_all_whitespace_on_the_minus_side_of_a_tag_only() {
        assertThat(WhitespaceControl.apply("A \n {{- x -}} \n B")).isEqualTo("A{{\n x \n}}B");
        assertThat(WhitespaceControl.apply("A \n {{ x }} \n B")).isEqualTo("A \n {{ x }} \n B");
    }

    @Test
    void should_drop_comments_keeping_their_line_count() {
        assertThat(WhitespaceControl.apply("A\n  {#- c -#}\n  B")).isEqualTo("A{#\n\n#}B");
        assertThat(WhitespaceControl.apply("A{# c #}B")).isEqualTo("AB");
    }

    @Test
    void should_keep_raw_text_as_written_with_the_strip_markers_of_its_tags() {
        assertThat(render("A\n  {%- raw -%}\n  {{ x }}\n  {%- endraw -%}\nB")).isEqualTo("A{{ x }}B");
        assertThat(render("A\n  {% raw %}\n  {{ x }}\n  {% endraw %}\nB")).isEqualTo("A\n\n  {{ x }}\nB");
    }

    @Test
    void should_reject_a_raw_tag_ending_with_plus_and_unclosed_tags() {
        assertThatThrownBy(() -> render("{% raw +%}x{% endraw %}")).isInstanceOf(RenderException.class);
        assertThatThrownBy(() -> render("{{ x")).hasMessageContaining("not closed");
        assertThatThrownBy(() -> render("{# x")).hasMessageContaining("comment");
        assertThatThrownBy(() -> render("{% raw %}x")).hasMessageContaining("raw");
    }

    @Test
    void should_accept_a_comment_or_raw_opening_at_the_very_end_but_not_one_followed_by_text() {
        assertThat(render("a {#")).isEqualTo("a ");
        assertThat(render("a\n  {% raw %}")).isEqualTo("a\n");
        assertThatThrownBy(() -> render("a {# b")).hasMessageContaining("comment");
    }

    @Test
    void should_not_end_a_tag_at_markers_inside_quotes_or_brackets() {
        assertThat(render("{{ '%}' }}{% if '-%}' %}|{% endif %}")).isEqualTo("%}|");
        assertThat(render("{{{'a': {'b': 1}}}}")).isEqualTo("{'a': {'b': 1}}");
    }

    @Test
    void should_report_the_line_of_an_error_after_stripped_lines() {
        assertThatThrownBy(() -> render("{% if true -%}\n\n\n{{ missing }}{% endif %}"))
                .isInstanceOfSatisfying(RenderException.class, e -> assertThat(e.line()).hasValue(4));
    }

    private static String render(String template) {
        return RENDERER.render(RenderFixtures.spec(template), java.util.Map.of()).rendered();
    }
}
