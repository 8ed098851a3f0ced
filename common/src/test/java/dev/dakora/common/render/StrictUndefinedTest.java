package dev.dakora.common.render;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Jinja2's StrictUndefined: None has no methods, and only the operand of a test or default may be missing. */
class StrictUndefinedTest {

    private static final TemplateRenderer RENDERER = new TemplateRenderer();

    @AfterAll
    static void closeRenderer() {
        RENDERER.close();
    }

    @Test
    void should_fail_a_method_call_on_none_but_call_it_on_a_string() {
        assertThatThrownBy(() -> render("{{ note.title() }}", null))
                .isInstanceOfSatisfying(RenderException.class, e -> assertThat(e.kind()).isEqualTo(RenderException.Kind.UNDEFINED))
                .hasMessageContaining("'None' has no attribute 'title'");
        assertThat(render("{{ note.title() }}", "ab cd")).isEqualTo("Ab Cd");
    }

    @Test
    void should_fail_a_method_call_on_none_even_when_asked_if_it_is_defined() {
        assertThatThrownBy(() -> render("{{ note.strip() is defined }}", null)).hasMessageContaining("'None' has no attribute 'strip'");
        assertThat(render("{{ note.strip is defined }}", null)).isEqualTo("False");
    }

    @Test
    void should_fail_on_a_missing_name_outside_the_operand_of_is_defined() {
        assertThatThrownBy(() -> render("{% if other is defined or other %}a{% endif %}", "x"))
                .hasMessageContaining("undefined variable 'other'");
        assertThat(render("{% if other is defined or note %}a{% endif %}", "x")).isEqualTo("a");
    }

    @Test
    void should_fail_on_a_missing_name_beside_a_default_filter_on_it() {
        assertThatThrownBy(() -> render("{{ other|default('d') ~ other }}", "x")).hasMessageContaining("undefined variable 'other'");
        assertThat(render("{{ other|default('d') ~ note }}", "x")).isEqualTo("dx");
    }

    private static String render(String template, String note) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("note", note);
        return RENDERER.render(RenderFixtures.spec(template, "note"), inputs).rendered();
    }
}
