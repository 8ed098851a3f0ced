package dev.dakora.common.render;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static dev.dakora.common.render.RenderFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Each limit stops a render with a clear error, and the renderer keeps working afterwards. */
class RenderLimitsTest {

    private static final RenderLimits SMALL = new RenderLimits(1_000, 1_000, 10, Duration.ofSeconds(5), 4, 10);

    private final TemplateRenderer renderer = new TemplateRenderer(SMALL);

    @AfterEach
    void close() {
        renderer.close();
    }

    @Test
    void should_fail_with_output_limit_when_a_loop_writes_too_much() {
        // when
        RenderException error = catchThrowableOfType(RenderException.class,
                () -> renderer.render(spec("{% for i in range(500) %}xxxxx{% endfor %}"), Map.of()));

        // then
        assertThat(error.kind()).isEqualTo(RenderException.Kind.OUTPUT_LIMIT);
        assertThat(error.getMessage()).contains("longer than 1000 characters");
        assertStillRenders();
    }

    @Test
    void should_fail_with_output_limit_when_an_input_is_too_long_to_print() {
        // when
        RenderException error = catchThrowableOfType(RenderException.class,
                () -> renderer.render(spec("{{ v }}{{ v }}", "v"), Map.of("v", "y".repeat(600))));

        // then
        assertThat(error.kind()).isEqualTo(RenderException.Kind.OUTPUT_LIMIT);
        assertStillRenders();
    }

    @Test
    void should_render_output_just_under_the_limit() {
        // when
        String rendered = renderer.render(spec("{% for i in range(200) %}xxxxx{% endfor %}"), Map.of()).rendered();

        // then
        assertThat(rendered).hasSize(1_000);
    }

    @Test
    void should_fail_with_loop_limit_when_nested_loops_run_too_often() {
        // when
        RenderException error = catchThrowableOfType(RenderException.class, () -> renderer.render(
                spec("{% for i in range(100) %}{% for j in range(100) %}{% endfor %}{% endfor %}"), Map.of()));

        // then
        assertThat(error.kind()).isEqualTo(RenderException.Kind.LOOP_LIMIT);
        assertThat(error.getMessage()).contains("more than 1000 iterations");
        assertStillRenders();
    }

    @Test
    void should_fail_with_loop_limit_when_a_range_is_longer_than_the_limit() {
        // when
        RenderException error = catchThrowableOfType(RenderException.class,
                () -> renderer.render(spec("{{ range(5000)|length }}"), Map.of()));

        // then
        assertThat(error.kind()).isEqualTo(RenderException.Kind.LOOP_LIMIT);
        assertThat(error.getMessage()).contains("range() would make 5000 numbers");
        assertStillRenders();
    }

    @Test
    void should_run_loops_within_the_limit_completely() {
        // when
        String rendered = renderer.render(spec("{{ range(1000)|length }} {{ range(10, 0, -3)|join(',') }}"), Map.of()).rendered();

        // then
        assertThat(rendered).isEqualTo("1000 10,7,4,1");
    }

    @Test
    void should_fail_with_recursion_limit_when_a_macro_calls_itself_forever() {
        // when
        RenderException error = catchThrowableOfType(RenderException.class, () -> renderer.render(
                spec("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(1) }}"), Map.of()));

        // then
        assertThat(error.kind()).isEqualTo(RenderException.Kind.RECURSION_LIMIT);
        assertThat(error.getMessage()).contains("Max recursion limit of 10 reached for macro 'f'");
        assertStillRenders();
    }

    @Test
    void should_render_recursion_within_the_limit() {
        // when
        String rendered = renderer.render(spec(
                "{% macro f(n) %}{% if n > 0 %}{{ n }}{{ f(n - 1) }}{% endif %}{% endmacro %}{{ f(5) }}"), Map.of()).rendered();

        // then
        assertThat(rendered).isEqualTo("54321");
    }

    @Test
    void should_fail_with_timeout_when_a_render_runs_past_the_time_limit() {
        // given
        RenderLimits quick = new RenderLimits(1_000, 50_000_000, 10, Duration.ofMillis(200), 4, 10);
        try (TemplateRenderer impatient = new TemplateRenderer(quick)) {
            String slow = "{% for i in range(5000) %}{% for j in range(5000) %}{% set x = j %}{% endfor %}{% endfor %}";

            // when
            long started = System.nanoTime();
            RenderException error = catchThrowableOfType(RenderException.class, () -> impatient.render(spec(slow), Map.of()));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            // then
            assertThat(error.kind()).isEqualTo(RenderException.Kind.TIMEOUT);
            assertThat(error.getMessage()).contains("render time limit");
            assertThat(took).isLessThan(Duration.ofSeconds(3));
            assertThat(impatient.render(spec("ok {{ v }}", "v"), Map.of("v", 1)).rendered()).isEqualTo("ok 1");
        }
    }

    @Test
    void should_reject_limits_that_are_not_positive() {
        assertThatThrownBy(() -> new RenderLimits(0, 1, 1, Duration.ofSeconds(1), 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxOutputChars");
        assertThatThrownBy(() -> new RenderLimits(1, 1, 1, Duration.ZERO, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
    }

    @Test
    void should_default_to_one_mebibyte_of_output() {
        assertThat(RenderLimits.defaults().maxOutputChars()).isEqualTo(1024 * 1024);
    }

    private void assertStillRenders() {
        assertThat(renderer.render(spec("still {{ v }}", "v"), Map.of("v", "fine")).rendered()).isEqualTo("still fine");
    }
}
