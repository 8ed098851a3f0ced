package dev.dakora.llm.provider;

import dev.dakora.llm.lane.ProviderBatches;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;

/** The batch APIs of the providers that have one (OpenAI, Anthropic), over one JDK client. */
public final class ProviderBatchClients {

    private ProviderBatchClients() {
    }

    /**
     * @param timeout          per request to a batch API (an upload or a results download included)
     * @param anthropicMaxTokens the {@code max_tokens} of Anthropic requests whose call sets none
     */
    public static Map<String, ProviderBatches> of(ProviderAccess access, Duration timeout, int anthropicMaxTokens) {
        BatchHttp http = new BatchHttp(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build(), timeout);
        return Map.of("openai", new OpenAiBatches(access, http),
                "anthropic", new AnthropicBatches(access, http, anthropicMaxTokens));
    }
}
