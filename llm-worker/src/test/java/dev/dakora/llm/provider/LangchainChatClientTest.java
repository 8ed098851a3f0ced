package dev.dakora.llm.provider;

import dev.dakora.common.model.ModelName;
import dev.dakora.llm.domain.ModelNames;
import dev.dakora.llm.support.Calls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Setting up each provider's client from configuration and the environment, without calling it. */
class LangchainChatClientTest {

    private static final Map<String, ProviderSettings> CONFIGURED = Map.of(
            "vllm", new ProviderSettings("http://127.0.0.1:1/v1", null),
            "lmstudio", new ProviderSettings("http://127.0.0.1:2/v1", "LMSTUDIO_API_KEY"),
            "broken", new ProviderSettings(null, null));

    private final ModelNames names = new ModelNames(CONFIGURED.keySet());

    private static Optional<String> prepare(Map<String, String> environment, ModelName model) {
        try (LangchainChatClient client = new LangchainChatClient(new ProviderAccess(CONFIGURED, environment::get),
                Clock.systemUTC())) {
            return client.prepare(model, Duration.ofSeconds(5));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"openai/gpt-4o-mini", "anthropic/claude-3-5-haiku-latest", "gemini/gemini-2.0-flash",
            "ollama/llama3.2", "azure/my-deployment", "vllm/meta-llama/Llama-3-8B"})
    void should_set_up_the_client_when_the_provider_has_what_it_needs(String model) {
        // given
        Map<String, String> environment = Map.of(
                "OPENAI_API_KEY", Calls.generatedKey(),
                "ANTHROPIC_API_KEY", Calls.generatedKey(),
                "GOOGLE_API_KEY", Calls.generatedKey(),
                "AZURE_OPENAI_API_KEY", Calls.generatedKey(),
                "AZURE_OPENAI_ENDPOINT", "https://example.invalid/");

        // then
        assertThat(prepare(environment, names.parse(model))).isEmpty();
    }

    @Test
    void should_name_what_is_missing_when_a_provider_cannot_be_reached() {
        Map<String, String> none = Map.of();

        assertThat(prepare(none, names.parse("gemini-2.0-flash")))
                .contains("no API key for provider gemini: set GEMINI_API_KEY or GOOGLE_API_KEY");
        assertThat(prepare(Map.of("AZURE_OPENAI_API_KEY", Calls.generatedKey()), names.parse("azure/gpt4o")))
                .contains("no endpoint for provider azure: set AZURE_OPENAI_ENDPOINT");
        assertThat(prepare(none, names.parse("azure/gpt4o")))
                .contains("no endpoint for provider azure: set AZURE_OPENAI_ENDPOINT");
        assertThat(prepare(none, names.parse("lmstudio/qwen")))
                .contains("no API key for provider lmstudio: set LMSTUDIO_API_KEY");
        assertThat(prepare(none, names.parse("broken/model")))
                .contains("provider broken has no base URL: set dakora.llm.providers.broken.base-url");
    }

    @Test
    void should_need_no_key_when_an_openai_compatible_server_declares_none() {
        assertThat(prepare(Map.of(), names.parse("vllm/qwen"))).isEmpty();
        assertThat(new ModelNames(Set.of()).providers()).doesNotContain("vllm");
    }
}
