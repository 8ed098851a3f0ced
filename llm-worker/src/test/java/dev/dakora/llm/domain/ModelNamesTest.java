package dev.dakora.llm.domain;

import dev.dakora.common.model.ModelName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelNamesTest {

    private final ModelNames names = new ModelNames(Set.of("vllm"));

    @ParameterizedTest
    @CsvSource({
            "openai/gpt-4o-mini, openai, gpt-4o-mini",
            "anthropic/claude-3-5-haiku-latest, anthropic, claude-3-5-haiku-latest",
            "gemini/gemini-2.0-flash, gemini, gemini-2.0-flash",
            "ollama/llama3.2:1b, ollama, llama3.2:1b",
            "azure/my-deployment, azure, my-deployment",
            "OpenAI/gpt-4o, openai, gpt-4o",
            "gpt-4o-mini, openai, gpt-4o-mini",
            "o1-mini, openai, o1-mini",
            "o3, openai, o3",
            "o4-mini, openai, o4-mini",
            "claude-3-opus-20240229, anthropic, claude-3-opus-20240229",
            "gemini-1.5-pro, gemini, gemini-1.5-pro",
            "echo, echo, echo",
            "echo/anything/at-all, echo, anything/at-all",
            "vllm/meta-llama/Llama-3-8B, vllm, meta-llama/Llama-3-8B",
    })
    void should_resolve_the_provider_when_the_name_says_it(String requested, String provider, String model) {
        // when
        ModelName name = names.parse(requested);

        // then
        assertThat(name.provider()).isEqualTo(provider);
        assertThat(name.model()).isEqualTo(model);
        assertThat(name.requested()).isEqualTo(requested);
    }

    @Test
    void should_name_the_known_providers_when_the_provider_is_unknown() {
        assertThatThrownBy(() -> names.parse("mistral/large"))
                .isInstanceOf(ModelCallException.class)
                .hasMessageContaining("unknown provider 'mistral'")
                .hasMessageContaining("openai")
                .hasMessageContaining("vllm");
    }

    @Test
    void should_ask_for_a_provider_when_a_bare_name_has_no_known_prefix() {
        assertThatThrownBy(() -> names.parse("llama3.2"))
                .hasMessage("cannot tell the provider of model 'llama3.2': write it as provider/model, e.g. openai/llama3.2");
    }

    @Test
    void should_reject_a_provider_without_a_model_when_nothing_follows_the_slash() {
        assertThatThrownBy(() -> names.parse("openai/")).hasMessageContaining("names no model");
    }

    @Test
    void should_reject_a_blank_name_when_given_one() {
        assertThatThrownBy(() -> names.parse("  "))
                .isInstanceOf(ModelCallException.class)
                .satisfies(e -> assertThat(((ModelCallException) e).kind()).isEqualTo(FailureKind.CONFIGURATION));
    }
}
