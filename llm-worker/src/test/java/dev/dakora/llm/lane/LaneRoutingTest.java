package dev.dakora.llm.lane;

import dev.dakora.common.event.CallLane;
import dev.dakora.common.event.CallParams;
import dev.dakora.common.event.ModelCallRequested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which calls the batch lane takes. */
class LaneRoutingTest {

    private final LaneRig rig = new LaneRig(new MemoryLaneStore(), LaneRig.NOWHERE, LaneRig.NOWHERE);
    private final CallParams batch = CallLane.with(CallParams.DEFAULTS, CallLane.BATCH);

    @Test
    void should_take_batch_lane_calls_of_a_batch_to_openai_and_anthropic() {
        assertThat(rig.lane.takes(LaneRig.call("j", "openai/gpt-4o-mini", "hi"))).isTrue();
        assertThat(rig.lane.takes(LaneRig.call("j", "gpt-4o-mini", "hi"))).isTrue();
        assertThat(rig.lane.takes(LaneRig.call("j", "anthropic/claude-3-5-haiku", "hi"))).isTrue();
    }

    @Test
    void should_leave_calls_online_when_not_marked_for_the_batch_lane_or_not_of_a_batch() {
        assertThat(rig.lane.takes(LaneRig.call("j", "openai/gpt-4o-mini", "hi", CallParams.DEFAULTS))).isFalse();
        assertThat(rig.lane.takes(LaneRig.call("j", "openai/gpt-4o-mini", "hi",
                CallLane.with(CallParams.DEFAULTS, CallLane.ONLINE)))).isFalse();
        ModelCallRequested job = new ModelCallRequested("j:openai/gpt-4o-mini:0", "j", null, null, 0, "greeting", "1.0.0",
                "openai/gpt-4o-mini", "hi", batch, Map.of(), Instant.now());
        assertThat(rig.lane.takes(job)).as("a job or comparison outside a batch").isFalse();
    }

    @Test
    void should_leave_calls_online_when_their_provider_has_no_batch_lane_or_no_key() {
        assertThat(rig.lane.takes(LaneRig.call("j", "echo", "hi"))).isFalse();
        assertThat(rig.lane.takes(LaneRig.call("j", "gemini/gemini-2.0-flash", "hi"))).isFalse();
        assertThat(rig.lane.takes(LaneRig.call("j", "nobody/model", "hi"))).isFalse();
        LaneRig keyless = new LaneRig(new MemoryLaneStore(), LaneRig.NOWHERE, LaneRig.NOWHERE,
                LaneRig.FAST, Map.of());
        assertThat(keyless.lane.takes(LaneRig.call("j", "openai/gpt-4o-mini", "hi"))).isFalse();
    }
}
