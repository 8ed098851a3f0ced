package dev.dakora.llm.domain;

import dev.dakora.common.event.CallParams;

import java.time.Duration;
import java.util.Optional;

/** Sends one prompt to one model: one attempt, no retry. */
public interface ChatClient {

    /** Why {@code model} cannot be called at all (no API key, no endpoint), checked before any attempt. */
    Optional<String> unavailableReason(ModelName model);

    /**
     * @throws ModelCallException classified, with a message fit for the call result
     * @throws InterruptedException when the attempt was abandoned (its timeout passed)
     */
    ChatReply chat(ModelName model, String prompt, CallParams params, Duration timeout) throws InterruptedException;
}
