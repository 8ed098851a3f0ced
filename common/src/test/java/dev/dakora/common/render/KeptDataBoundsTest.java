package dev.dakora.common.render;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Lists and dicts a template changes in a loop stay bounded: each value is under the cap, their sum must be too. */
class KeptDataBoundsTest {

    /** The default bounds with a long time limit: these renders are judged by the data they keep, not by the clock. */
    private static final RenderLimits LIMITS = RenderLimits.defaults();
    private static final JinjavaEngine ENGINE = new JinjavaEngine(new RenderLimits(LIMITS.maxOutputChars(),
            LIMITS.maxLoopIterations(), LIMITS.maxRecursionDepth(), Duration.ofMinutes(1), LIMITS.maxConcurrentRenders(),
            LIMITS.cacheSize()));

    @Test
    void should_refuse_a_loop_that_keeps_large_values_in_a_list() {
        assertThatThrownBy(() -> render("{% set l = [] %}{% for i in range(100000) %}"
                + "{% set _ = l.append('x' * 100000) %}{% endfor %}{{ l|length }}"))
                .isInstanceOf(RenderException.class).hasMessageContaining("keep less data");
        assertThatThrownBy(() -> render("{% set d = {} %}{% for i in range(100000) %}"
                + "{% set _ = d.update({i: 'x' * 100000}) %}{% endfor %}{{ d|length }}"))
                .isInstanceOf(RenderException.class).hasMessageContaining("keep less data");
    }

    @Test
    void should_refuse_a_loop_that_grows_a_list_by_concatenation() {
        assertThatThrownBy(() -> render("{% set ns = namespace(l=[]) %}{% for i in range(100000) %}"
                + "{% set ns.l = ns.l + ['x' * 100000] %}{% endfor %}{{ ns.l|length }}"))
                .isInstanceOf(RenderException.class).hasMessageContaining("keep less data");
    }

    @Test
    void should_keep_ordinary_amounts_of_data() {
        assertThat(render("{% set l = [] %}{% for i in range(20000) %}{% set _ = l.append('item ' ~ i) %}{% endfor %}"
                + "{{ l|length }}")).isEqualTo("20000");
        assertThat(render("{% set d = {} %}{% for i in range(5000) %}{% set _ = d.update({i: 'v' ~ i}) %}{% endfor %}"
                + "{{ d|length }}")).isEqualTo("5000");
    }

    private static String render(String template) {
        return ENGINE.render(ENGINE.parse(template), Map.of());
    }
}
