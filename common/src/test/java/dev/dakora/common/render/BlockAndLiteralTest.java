package dev.dakora.common.render;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Jinja2's block tag in a template that extends nothing, and adjacent string literals. */
class BlockAndLiteralTest {

    private static final JinjavaEngine ENGINE = new JinjavaEngine(RenderLimits.defaults());

    @Test
    void should_render_a_block_in_place_keeping_its_assignments_to_itself() {
        assertThat(render("{% block a %}A{% set q = 1 %}{% endblock %}{% block b %}B{% endblock b %}{{ q is defined }}"))
                .isEqualTo("ABFalse");
        assertThatThrownBy(() -> render("{% block a %}A{% endblock %}{% block a %}B{% endblock %}"))
                .hasMessageContaining("block 'a' defined twice");
    }

    @Test
    void should_render_a_block_again_through_self_but_not_a_missing_one() {
        assertThat(render("{{ self }}|{% block a %}{{ self.b() }}{% endblock %}{% block b %}B{% endblock %}"))
                .isEqualTo("<TemplateReference None>|BB");
        assertThatThrownBy(() -> render("{{ self.x() }}")).hasMessageContaining("no attribute 'x'");
        assertThatThrownBy(() -> render("{% block a %}{{ self.a() }}{% endblock %}")).isInstanceOf(RenderException.class);
    }

    @Test
    void should_fail_on_a_required_block_or_a_block_without_a_name() {
        assertThatThrownBy(() -> render("{% block a required %}{% endblock %}")).hasMessageContaining("required block 'a'");
        assertThatThrownBy(() -> render("{% block 1 %}A{% endblock %}")).isInstanceOf(RenderException.class);
    }

    @Test
    void should_join_adjacent_string_literals_but_not_a_string_and_a_name() {
        assertThat(render("{{ 'a' \"b\" 'c'|upper }}{% set s = 'p' 'q' %}{{ s }}")).isEqualTo("ABCpq");
        assertThatThrownBy(() -> render("{{ 'a' x }}")).isInstanceOf(RenderException.class);
    }

    private static String render(String template) {
        return ENGINE.render(ENGINE.parse(template), Map.of("x", "X"));
    }
}
