package dev.dakora.llm.domain;

import dev.dakora.common.event.CallParams;
import dev.dakora.common.model.ModelName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimedChatTest {

    private static final ModelName MODEL = new ModelName("openai/gpt-4o", "openai", "gpt-4o");

    private static ChatClient answering(Answer answer) {
        return new ChatClient() {
            @Override
            public Optional<String> prepare(ModelName model, Duration timeout) {
                return Optional.empty();
            }

            @Override
            public ChatReply chat(ModelName model, String prompt, CallParams params, Duration timeout)
                    throws InterruptedException {
                return answer.chat(prompt);
            }
        };
    }

    @FunctionalInterface
    private interface Answer {
        ChatReply chat(String prompt) throws InterruptedException;
    }

    @Test
    void should_return_the_reply_of_a_client_that_answers_in_time() throws Exception {
        // given
        TimedChat chat = new TimedChat(answering(prompt -> new ChatReply("re: " + prompt, 2, 3, null)));

        // when
        ChatReply reply = chat.chat(MODEL, "hello", CallParams.DEFAULTS, Duration.ofSeconds(30));

        // then
        assertThat(reply.text()).isEqualTo("re: hello");
    }

    @Test
    void should_fail_with_a_timeout_and_interrupt_the_client_when_it_does_not_answer_in_time() throws Exception {
        // given
        CountDownLatch interrupted = new CountDownLatch(1);
        TimedChat chat = new TimedChat(answering(prompt -> {
            try {
                Thread.sleep(Duration.ofMinutes(1));
                return new ChatReply("late", 1, 1, null);
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
        }));

        // when / then
        assertThatThrownBy(() -> chat.chat(MODEL, "hello", CallParams.DEFAULTS, Duration.ofMillis(100)))
                .isInstanceOfSatisfying(ModelCallException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.TIMEOUT);
                    assertThat(e.getMessage()).isEqualTo("no answer from openai/gpt-4o within PT0.1S");
                });
        assertThat(interrupted.await(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void should_pass_on_the_failure_the_client_reports() {
        // given
        TimedChat chat = new TimedChat(answering(prompt -> {
            throw new ModelCallException(FailureKind.RATE_LIMITED, "HTTP 429: slow down");
        }));

        // when / then
        assertThatThrownBy(() -> chat.chat(MODEL, "hello", CallParams.DEFAULTS, Duration.ofSeconds(30)))
                .isInstanceOfSatisfying(ModelCallException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.RATE_LIMITED);
                    assertThat(e.getMessage()).isEqualTo("HTTP 429: slow down");
                });
    }

    @Test
    void should_make_any_other_client_failure_an_unexpected_one_naming_the_model() {
        // given
        TimedChat chat = new TimedChat(answering(prompt -> {
            throw new IllegalStateException("parser broke");
        }));

        // when / then
        assertThatThrownBy(() -> chat.chat(MODEL, "hello", CallParams.DEFAULTS, Duration.ofSeconds(30)))
                .isInstanceOfSatisfying(ModelCallException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.UNEXPECTED);
                    assertThat(e.getMessage()).startsWith("openai/gpt-4o failed: ").contains("parser broke");
                });
    }
}
