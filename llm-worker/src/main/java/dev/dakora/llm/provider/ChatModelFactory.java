package dev.dakora.llm.provider;

import dev.dakora.llm.domain.FailureKind;
import dev.dakora.llm.domain.ModelCallException;
import dev.dakora.common.model.ModelName;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.azure.AzureOpenAiChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Builds the langchain4j chat model of a provider and model, with langchain4j's own retries off (the
 * worker retries) and every HTTP provider on one shared JDK client. The calls block virtual threads
 * (the worker's); the client's internal steps run on a few platform threads.
 */
final class ChatModelFactory implements AutoCloseable {

    /** Sent to OpenAI-compatible servers that need no key; the client requires one. */
    private static final String NO_KEY = "none";

    private final ProviderAccess access;
    private final Clock clock;
    /**
     * The JDK client's own asynchronous steps (handing on response bytes, completing futures) are short
     * and never block: a few platform threads run them. A virtual thread per step, as before, cost a
     * thread start each time, several per call.
     */
    private final ExecutorService executor = Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()),
            Thread.ofPlatform().name("llm-http-", 0).daemon(true).factory());
    private final HttpClient http;

    ChatModelFactory(ProviderAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(executor)
                .build();
    }

    ChatModel create(ModelName name, Duration timeout) {
        String provider = name.provider();
        String key = access.apiKey(provider);
        String url = access.baseUrl(provider);
        return switch (provider) {
            case "openai" -> openAi(name.model(), key, url, timeout);
            case "anthropic" -> {
                var builder = AnthropicChatModel.builder().httpClientBuilder(httpClient()).apiKey(key)
                        .modelName(name.model()).timeout(timeout).maxRetries(0);
                yield (url == null ? builder : builder.baseUrl(url)).build();
            }
            case "gemini" -> {
                var builder = GoogleAiGeminiChatModel.builder().maxRetries(0).httpClientBuilder(httpClient())
                        .apiKey(key).modelName(name.model()).timeout(timeout);
                yield (url == null ? builder : builder.baseUrl(url)).build();
            }
            case "ollama" -> OllamaChatModel.builder().maxRetries(0).httpClientBuilder(httpClient()).baseUrl(url)
                    .modelName(name.model()).timeout(timeout).build();
            case "azure" -> AzureOpenAiChatModel.builder().endpoint(url).apiKey(key).deploymentName(name.model())
                    .timeout(timeout).maxRetries(0).build();
            default -> {
                if (!access.isOpenAiCompatible(provider)) {
                    throw new ModelCallException(FailureKind.CONFIGURATION, "unknown provider " + provider);
                }
                yield openAi(name.model(), key == null ? NO_KEY : key, url, timeout);
            }
        };
    }

    private ChatModel openAi(String model, String key, String url, Duration timeout) {
        var builder = OpenAiChatModel.builder().httpClientBuilder(httpClient()).apiKey(key).modelName(model)
                .timeout(timeout).maxRetries(0);
        return (url == null ? builder : builder.baseUrl(url)).build();
    }

    private ProviderHttpClientBuilder httpClient() {
        return new ProviderHttpClientBuilder(http, clock);
    }

    /** Abandons requests in flight: their calls are not acknowledged and will be redelivered. */
    @Override
    public void close() {
        http.shutdownNow();
        executor.shutdownNow();
    }
}
