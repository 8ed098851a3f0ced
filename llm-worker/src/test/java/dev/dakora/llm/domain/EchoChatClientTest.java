package dev.dakora.llm.domain;

import dev.dakora.common.model.ModelName;
import dev.dakora.common.event.CallParams;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class EchoChatClientTest {

    private final ModelName echo = new ModelName("echo", "echo", "echo");

    @Test
    void should_answer_with_the_prompt_and_count_words_when_called() throws Exception {
        ChatReply reply = new EchoChatClient(Duration.ZERO).chat(echo, "  Hello\tAda,\n how are you? ", CallParams.DEFAULTS,
                Duration.ofSeconds(1));

        assertThat(reply.text()).isEqualTo("  Hello\tAda,\n how are you? ");
        assertThat(reply.tokensIn()).isEqualTo(5);
        assertThat(reply.tokensOut()).isEqualTo(5);
    }

    @Test
    void should_count_no_tokens_when_the_prompt_is_blank() throws Exception {
        ChatReply reply = new EchoChatClient(Duration.ZERO).chat(echo, " ", CallParams.DEFAULTS, Duration.ofSeconds(1));

        assertThat(reply.tokensIn()).isZero();
    }

    @Test
    void should_wait_the_configured_latency_when_one_is_set() throws Exception {
        long start = System.nanoTime();

        new EchoChatClient(Duration.ofMillis(150)).chat(echo, "hi", CallParams.DEFAULTS, Duration.ofSeconds(1));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }
}
