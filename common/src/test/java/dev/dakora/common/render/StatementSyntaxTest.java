package dev.dakora.common.render;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Jinja2's set and for targets and if/for branches: what it accepts and what it refuses. */
class StatementSyntaxTest {

    private static final JinjavaEngine ENGINE = new JinjavaEngine(RenderLimits.defaults());

    @Test
    void should_unpack_any_iterable_of_the_right_length_into_set_targets() {
        assertThat(render("{% set a, b = xs %}{{ a }}{{ b }}{% set (c, d) = 1, 2 %}{{ c }}{{ d }}")).isEqualTo("pq12");
        assertThatThrownBy(() -> render("{% set a, b, c = xs %}")).hasMessageContaining("not enough values to unpack (expected 3, got 2)");
        assertThatThrownBy(() -> render("{% set a, b = [1, 2, 3] %}")).hasMessageContaining("too many values to unpack (expected 2)");
    }

    @Test
    void should_refuse_targets_that_are_not_names_or_namespace_attributes() {
        assertThat(render("{% set ns = namespace(a=1) %}{% set ns.a = ns.a + 1 %}{{ ns.a }}")).isEqualTo("2");
        assertThatThrownBy(() -> render("{% set 1 = 2 %}")).hasMessageContaining("can't assign to '1'");
        assertThatThrownBy(() -> render("{% set d = {} %}{% set d.k = 1 %}")).hasMessageContaining("non-namespace");
        assertThatThrownBy(() -> render("{% set a = b = 1 %}")).isInstanceOf(RenderException.class);
    }

    @Test
    void should_accept_one_else_per_if_or_for_but_not_a_branch_after_it() {
        assertThat(render("{% if 0 %}a{% elif 1 %}b{% else %}c{% endif %}{% for (a, b) in [(1, 2)] %}{{ b }}{% else %}n{% endfor %}"))
                .isEqualTo("b2");
        assertThatThrownBy(() -> render("{% if 1 %}x{% else %}y{% else %}z{% endif %}")).hasMessageContaining("unknown tag 'else'");
        assertThatThrownBy(() -> render("{% if 1 %}x{% else %}y{% elif 2 %}z{% endif %}")).hasMessageContaining("unknown tag 'elif'");
        assertThatThrownBy(() -> render("{% for x, in [[1]] %}{{ x }}{% endfor %}")).isInstanceOf(RenderException.class);
    }

    private static String render(String template) {
        return ENGINE.render(ENGINE.parse(template), Map.of("xs", List.of("p", "q")));
    }
}
