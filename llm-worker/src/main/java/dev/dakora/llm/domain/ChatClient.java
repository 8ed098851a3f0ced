package dev.dakora.llm.domain;

import dev.dakora.common.model.ModelName;
import dev.dakora.common.event.CallParams;

import java.time.Duration;
import java.util.Optional;

/** Sends one prompt to one model: one attempt, no retry. */
public interface ChatClient {

    /**
     * Readies {@code model} before its first attempt (outside the attempt's timeout).
     *
     * @return why the model cannot be called at all (no API key, no endpoint), or empty
     */
    Optional<String> prepare(ModelName model, Duration timeout);

    /**
     * @throws ModelCallException classified, with a message fit for the call result
     * @throws InterruptedException when the attempt was abandoned (its timeout passed)
     */
    ChatReply chat(ModelName model, String prompt, CallParams params, Duration timeout) throws InterruptedException;
}
