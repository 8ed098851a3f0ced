package dev.dakora.common.render;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A test after filters applies to the filtered value, as Jinja2 reads {@code xs|length is even}. */
class TestAfterFilterTest {

    private static final JinjavaEngine ENGINE = new JinjavaEngine(RenderLimits.defaults());

    @Test
    void should_test_the_value_the_filters_made() {
        assertThat(render("{{ xs|length is even }}|{{ xs|length is odd }}")).isEqualTo("True|False");
        assertThat(render("{{ s|upper is not lower }}|{{ xs|join is string }}")).isEqualTo("True|True");
    }

    @Test
    void should_read_a_test_argument_with_or_without_parentheses() {
        assertThat(render("{{ n|abs is divisibleby 3 }}|{{ xs|length is divisibleby(4) }}")).isEqualTo("True|False");
        assertThat(render("{{ xs|length is in [1, 2] }}|{{ xs|first is none }}")).isEqualTo("True|False");
    }

    @Test
    void should_combine_with_boolean_operators() {
        assertThat(render("{{ xs|first is odd and s|length is even }}")).isEqualTo("True");
        assertThat(render("{% if xs|length is even %}even{% else %}odd{% endif %}")).isEqualTo("even");
    }

    @Test
    void should_fail_on_a_test_that_does_not_exist() {
        assertThatThrownBy(() -> render("{{ xs|length is nosuch }}")).hasMessageContaining("nosuch");
    }

    private static String render(String template) {
        return ENGINE.render(ENGINE.parse(template), Map.of("xs", List.of(1, 2), "s", "ab", "n", -9));
    }
}
