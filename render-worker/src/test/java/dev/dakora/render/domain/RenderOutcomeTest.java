package dev.dakora.render.domain;

import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.event.RenderCompleted;
import dev.dakora.common.event.RenderFailed;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RenderOutcomeTest {

    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");
    private static final ModelCallRequested CALL = new ModelCallRequested("job:echo:0", "job", null, null, 0, "t", "1",
            "echo", "hi", null, Map.of(), AT);

    @Test
    void should_keep_the_calls_when_the_render_completed() {
        // when
        var outcome = new RenderOutcome(new RenderCompleted("job", null, null, "hi", List.of("job:echo:0"), AT), List.of(CALL));

        // then
        assertThat(outcome.jobId()).isEqualTo("job");
        assertThat(outcome.calls()).containsExactly(CALL);
    }

    @Test
    void should_refuse_model_calls_when_the_render_failed() {
        // given
        var failed = new RenderFailed("job", null, null, "boom", AT);

        // when / then
        assertThatThrownBy(() -> new RenderOutcome(failed, List.of(CALL)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no model calls");
    }
}
