package dev.dakora.llm.domain;

import dev.dakora.common.model.ModelName;
import dev.dakora.common.event.CallParams;

import java.time.Duration;
import java.util.Optional;

/**
 * The built-in {@code echo} provider, for tests, demos and benchmarks: answers with the prompt itself
 * after an optional fixed latency. Token counts are whitespace-separated word counts of the prompt
 * (in and out alike).
 */
public final class EchoChatClient implements ChatClient {

    private final Duration latency;

    public EchoChatClient(Duration latency) {
        this.latency = latency == null ? Duration.ZERO : latency;
    }

    @Override
    public Optional<String> prepare(ModelName model, Duration timeout) {
        return Optional.empty();
    }

    @Override
    public ChatReply chat(ModelName model, String prompt, CallParams params, Duration timeout) throws InterruptedException {
        if (latency.isPositive()) {
            Thread.sleep(latency);
        }
        long words = words(prompt);
        return new ChatReply(prompt, words, words);
    }

    static long words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
