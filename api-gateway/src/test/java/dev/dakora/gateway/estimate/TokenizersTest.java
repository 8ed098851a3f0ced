package dev.dakora.gateway.estimate;

import dev.dakora.common.model.ModelName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Token counts of known strings. The expected counts are tiktoken's (OpenAI's reference tokenizer),
 * taken offline from its published examples: cl100k_base encodes "China is great!" as
 * [23078, 374, 2294, 0] and "Hello, how are you doing today?" as
 * [9906, 11, 1268, 527, 499, 3815, 3432, 30]; the OpenAI cookbook's encoding comparison gives
 * "antidisestablishmentarianism" 6 tokens in cl100k_base and o200k_base, and "お誕生日おめでとう"
 * 9 in cl100k_base and 8 in o200k_base.
 */
class TokenizersTest {

    private final Tokenizers tokenizers = new Tokenizers();

    @Test
    void should_count_gpt4_prompts_with_cl100k_base_as_tiktoken_does() {
        TokenCounter counter = tokenizers.of(new ModelName("gpt-4", "openai", "gpt-4"));

        assertThat(counter.name()).isEqualTo("cl100k_base");
        assertThat(counter.exact()).isTrue();
        assertThat(counter.count("China is great!")).isEqualTo(4);
        assertThat(counter.count("Hello, how are you doing today?")).isEqualTo(8);
        assertThat(counter.count("antidisestablishmentarianism")).isEqualTo(6);
        assertThat(counter.count("お誕生日おめでとう")).isEqualTo(9);
    }

    @Test
    void should_count_gpt4o_and_o_series_prompts_with_o200k_base() {
        TokenCounter counter = tokenizers.of(new ModelName("openai/gpt-4o-mini", "openai", "gpt-4o-mini"));

        assertThat(counter.name()).isEqualTo("o200k_base");
        assertThat(counter.count("antidisestablishmentarianism")).isEqualTo(6);
        assertThat(counter.count("お誕生日おめでとう")).isEqualTo(8);
        assertThat(tokenizers.of(new ModelName("o3-mini", "openai", "o3-mini")).name()).isEqualTo("o200k_base");
    }

    @Test
    void should_label_other_providers_approximate_at_four_characters_a_token() {
        TokenCounter counter = tokenizers.of(new ModelName("claude-3-5-haiku-latest", "anthropic", "claude-3-5-haiku-latest"));

        assertThat(counter.exact()).isFalse();
        assertThat(counter.name()).isEqualTo("approximate (characters / 4)");
        assertThat(counter.count("12345678")).isEqualTo(2);
        assertThat(counter.count("123456789")).isEqualTo(3);
        assertThat(counter.count("")).isZero();
    }

    @Test
    void should_count_echo_prompts_as_words_like_the_echo_model() {
        TokenCounter counter = tokenizers.of(new ModelName("echo", "echo", "echo"));

        assertThat(counter.count("  Hello   Ada\nLovelace ")).isEqualTo(3);
        assertThat(counter.count("   ")).isZero();
    }
}
