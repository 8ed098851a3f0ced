package dev.dakora.llm.domain;

import dev.dakora.common.model.ModelName;
import dev.dakora.common.event.CallParams;

import java.time.Duration;
import java.util.Optional;

/** Sends {@code echo} models to the built-in echo and every other provider to the real client. */
public final class ProviderRouter implements ChatClient {

    private final ChatClient echo;
    private final ChatClient providers;

    public ProviderRouter(ChatClient echo, ChatClient providers) {
        this.echo = echo;
        this.providers = providers;
    }

    @Override
    public Optional<String> prepare(ModelName model, Duration timeout) {
        return pick(model).prepare(model, timeout);
    }

    @Override
    public ChatReply chat(ModelName model, String prompt, CallParams params, Duration timeout) throws InterruptedException {
        return pick(model).chat(model, prompt, params, timeout);
    }

    private ChatClient pick(ModelName model) {
        return model.isEcho() ? echo : providers;
    }
}
