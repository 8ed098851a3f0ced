package dev.dakora.gateway.domain;

import dev.dakora.common.model.PriceTable;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProviderKeysTest {

    private static ProviderKeys shared(Map<String, String> environment) {
        return new ProviderKeys(true, environment::get);
    }

    @Test
    void aProviderWhoseKeyIsSetIsUsableWhereTheWorkerSharesTheEnvironment() {
        ProviderKeys keys = shared(Map.of("OPENAI_API_KEY", "k", "GOOGLE_API_KEY", "g"));

        assertThat(keys.usable("openai")).isTrue();
        assertThat(keys.usable("gemini")).isTrue();
        assertThat(keys.usable("ollama")).isTrue();
        assertThat(keys.usable("echo")).isTrue();
    }

    @Test
    void aProviderWithoutItsKeyOrEndpointIsNotUsable() {
        ProviderKeys keys = shared(Map.of("ANTHROPIC_API_KEY", " ", "AZURE_OPENAI_API_KEY", "k"));

        assertThat(keys.usable("anthropic")).isFalse();
        assertThat(keys.usable("azure")).isFalse();
        assertThat(keys.usable("openai")).isFalse();
        assertThat(keys.usable("someserver")).isFalse();
    }

    @Test
    void aConfiguredProviderNeedsItsBaseUrlAndTheKeyItNames() {
        ProviderKeys keys = shared(Map.of("dakora.llm.providers.vllm.base-url", "http://x", "dakora.llm.providers.lm.base-url", "http://y",
                "dakora.llm.providers.lm.api-key-env", "LM_KEY"));

        assertThat(keys.usable("vllm")).isTrue();
        assertThat(keys.usable("lm")).isFalse();
        assertThat(shared(Map.of("dakora.llm.providers.lm.api-key-env", "LM_KEY", "LM_KEY", "v")).usable("lm")).isTrue();
    }

    @Test
    void aGatewayWithoutTheWorkerCannotTellExceptForEcho() {
        ProviderKeys keys = new ProviderKeys(false, Map.of("OPENAI_API_KEY", "k")::get);

        assertThat(keys.usable("openai")).isNull();
        assertThat(keys.usable("anthropic")).isNull();
        assertThat(keys.usable("echo")).isTrue();
    }

    @Test
    void theModelListSaysForEachModelWhetherItsProviderIsUsable() {
        ModelListing listing = new ModelListing(new PriceTable(Map.of(), "2025-08-15"), null, Map.of(),
                Map.of("openai/gpt-4o-mini", new RateLimits(1, null, null, null), "anthropic/claude", new RateLimits(1, null, null, null)),
                shared(Map.of("OPENAI_API_KEY", "k")));

        List<ModelInfo> items = listing.list().items();

        assertThat(items).extracting(ModelInfo::model, ModelInfo::providerUsable)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("anthropic/claude", false),
                        org.assertj.core.groups.Tuple.tuple("echo", true),
                        org.assertj.core.groups.Tuple.tuple("openai/gpt-4o-mini", true));
    }
}
