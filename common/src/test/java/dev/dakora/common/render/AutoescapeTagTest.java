package dev.dakora.common.render;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Jinja2's autoescape block: printed values escaped inside, safe text and macro output kept. */
class AutoescapeTagTest {

    private static final JinjavaEngine ENGINE = new JinjavaEngine(RenderLimits.defaults());

    @Test
    void should_escape_printed_values_inside_the_block_only() {
        assertThat(render("{% autoescape true %}{{ x }}{% endautoescape %}|{{ x }}")).isEqualTo("&lt;i&gt;&amp;|<i>&");
        assertThat(render("{% autoescape false %}{{ x }}{% endautoescape %}")).isEqualTo("<i>&");
    }

    @Test
    void should_keep_safe_text_and_macro_output_but_escape_the_values_inside_the_macro() {
        assertThat(render("{% autoescape true %}{{ x|safe }}|{{ x|e }}{% endautoescape %}")).isEqualTo("<i>&|&lt;i&gt;&amp;");
        assertThat(render("{% autoescape true %}{% macro m() %}<b>{{ x }}{% endmacro %}{{ m() }}{% endautoescape %}"))
                .isEqualTo("<b>&lt;i&gt;&amp;");
    }

    @Test
    void should_fail_without_a_value() {
        assertThatThrownBy(() -> render("{% autoescape %}{{ x }}{% endautoescape %}")).hasMessageContaining("autoescape expects a value");
    }

    private static String render(String template) {
        return ENGINE.render(ENGINE.parse(template), Map.of("x", "<i>&"));
    }
}
