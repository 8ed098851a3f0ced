package dev.dakora.llm.lane;

import dev.dakora.common.event.CallParams;

/** One request of a provider batch: the prompt and the parameters (without the lane) under its custom id. */
public record LaneRequest(String customId, String prompt, CallParams params) {
}
