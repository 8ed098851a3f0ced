package dev.dakora.common.event;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CallLaneTest {

    @Test
    void should_read_the_batch_lane_from_the_calls_extra_parameters() {
        CallParams params = CallLane.with(new CallParams(0.5, 10, null, Map.of("cache", true)), CallLane.BATCH);
        assertThat(CallLane.batch(params)).isTrue();
        assertThat(CallLane.requested(params)).contains("batch");
        assertThat(CallLane.batch(new CallParams(null, null, null, Map.of("lane", "BATCH ")))).isTrue();
    }

    @Test
    void should_not_be_the_batch_lane_when_absent_or_online() {
        assertThat(CallLane.batch(CallParams.DEFAULTS)).isFalse();
        assertThat(CallLane.batch(CallLane.with(CallParams.DEFAULTS, CallLane.ONLINE))).isFalse();
    }

    @Test
    void should_drop_only_the_lane_when_stripped_for_a_provider() {
        CallParams params = CallLane.with(new CallParams(0.5, 10, 0.9, Map.of("cache", true)), CallLane.BATCH);
        CallParams stripped = CallLane.without(params);
        assertThat(stripped.extra()).isEqualTo(Map.of("cache", true));
        assertThat(stripped.temperature()).isEqualTo(0.5);
        assertThat(CallLane.without(CallParams.DEFAULTS)).isSameAs(CallParams.DEFAULTS);
    }

    @Test
    void should_accept_the_three_lanes_and_explain_anything_else() {
        assertThat(CallLane.problem(null)).isEmpty();
        assertThat(CallLane.problem("online")).isEmpty();
        assertThat(CallLane.problem("Auto")).isEmpty();
        assertThat(CallLane.problem("slow")).contains("must be \"online\", \"batch\" or \"auto\", got slow");
        assertThat(CallLane.problem(3)).isPresent();
    }
}
