package dev.dakora.llm.provider;

import dev.dakora.common.event.CallParams;
import dev.dakora.llm.domain.ChatClient;
import dev.dakora.llm.domain.ChatReply;
import dev.dakora.llm.domain.ModelCallException;
import dev.dakora.llm.domain.RateHeaders;
import dev.dakora.common.model.ModelName;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatResponseMetadata;
import dev.langchain4j.model.output.TokenUsage;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls OpenAI, Anthropic, Gemini, Ollama, Azure OpenAI and configured OpenAI-compatible servers
 * through langchain4j, one attempt per call, and turns their errors into classified
 * {@link ModelCallException}s. Token counts are the provider's reported usage (0 when it reports none).
 */
public final class LangchainChatClient implements ChatClient, AutoCloseable {

    private final ProviderAccess access;
    private final ChatModelFactory factory;
    private final ProviderErrors errors;
    private final Map<String, ChatModel> models = new ConcurrentHashMap<>();

    public LangchainChatClient(ProviderAccess access, Clock clock) {
        this.access = access;
        this.factory = new ChatModelFactory(access, clock);
        this.errors = new ProviderErrors(clock);
    }

    @Override
    public Optional<String> prepare(ModelName name, Duration timeout) {
        Optional<String> problem = access.problem(name.provider());
        if (problem.isEmpty()) {
            try {
                model(name, timeout);
            } catch (RuntimeException e) {
                return Optional.of(name.key() + ": cannot set up the client: "
                        + Redaction.redact(e.getMessage(), access.apiKey(name.provider())));
            }
        }
        return problem;
    }

    private ChatModel model(ModelName name, Duration timeout) {
        return models.computeIfAbsent(name.key(), key -> factory.create(name, timeout));
    }

    @Override
    public ChatReply chat(ModelName name, String prompt, CallParams params, Duration timeout) {
        ChatRequest.Builder request = ChatRequest.builder().messages(UserMessage.from(prompt));
        if (params.temperature() != null) {
            request.temperature(params.temperature());
        }
        if (params.topP() != null) {
            request.topP(params.topP());
        }
        if (params.maxTokens() != null) {
            request.maxOutputTokens(params.maxTokens());
        }
        try {
            ChatModel model = model(name, timeout);
            ChatResponse response = model.chat(request.build());
            TokenUsage usage = response.tokenUsage();
            String text = response.aiMessage() == null ? null : response.aiMessage().text();
            return new ChatReply(text == null ? "" : text, count(usage == null ? null : usage.inputTokenCount()),
                    count(usage == null ? null : usage.outputTokenCount()), rateHeaders(response));
        } catch (ModelCallException e) {
            throw e;
        } catch (RuntimeException e) {
            throw errors.classify(name, e, access.apiKey(name.provider()));
        }
    }

    private static RateHeaders rateHeaders(ChatResponse response) {
        return response.metadata() instanceof OpenAiChatResponseMetadata openAi && openAi.rawHttpResponse() != null
                ? RateLimitHeaders.parse(openAi.rawHttpResponse().headers()) : RateHeaders.NONE;
    }

    private static long count(Integer tokens) {
        return tokens == null ? 0 : tokens;
    }

    @Override
    public void close() {
        factory.close();
    }
}
