package dev.dakora.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class FakeOpenAiProviderTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void should_answer_scripted_replies_in_order_then_the_default_with_usage() throws Exception {
        try (FakeOpenAiProvider provider = FakeOpenAiProvider.start()) {
            provider.then(Reply.ok("first", 3, 4)).then(Reply.error(500, "broken"));

            HttpResponse<String> first = chat(provider, "key", "gpt-4o", "p1");
            HttpResponse<String> second = chat(provider, "key", "gpt-4o", "p2");
            HttpResponse<String> third = chat(provider, "key", "gpt-4o", "p3");

            assertThat(first.body()).contains("\"content\":\"first\"", "\"prompt_tokens\":3", "\"completion_tokens\":4");
            assertThat(second.statusCode()).isEqualTo(500);
            assertThat(third.statusCode()).isEqualTo(200);
            assertThat(third.body()).contains("answer from gpt-4o", "\"prompt_tokens\":12", "\"completion_tokens\":7");
        }
    }

    @Test
    void should_record_every_request_with_model_prompt_key_and_the_status_it_got() throws Exception {
        try (FakeOpenAiProvider provider = FakeOpenAiProvider.start()) {
            provider.then(Reply.error(400, "bad"));
            chat(provider, "k1", "gpt-4o", "[run-a] row 1");
            chat(provider, "k2", "gpt-4o-mini", "[run-b] row 1");
            long after = System.nanoTime();

            assertThat(provider.requests()).hasSize(2);
            Request first = provider.requests().getFirst();
            assertThat(first.model()).isEqualTo("gpt-4o");
            assertThat(first.prompt()).isEqualTo("[run-a] row 1");
            assertThat(first.authorization()).isEqualTo("Bearer k1");
            assertThat(first.status()).isEqualTo(400);
            assertThat(first.arrivedBefore(after)).isTrue();
            assertThat(writtenWithin(first, Duration.ofSeconds(10)).answeredBefore(System.nanoTime())).isTrue();
            assertThat(provider.requests().get(1).status()).isEqualTo(200);
            assertThat(provider.requestsContaining("[run-a]")).isEqualTo(1);
            assertThat(provider.requestsContaining("[run-c]")).isZero();
        }
    }

    @Test
    void should_count_answers_but_keep_no_request_when_not_recording() throws Exception {
        try (FakeOpenAiProvider provider = FakeOpenAiProvider.start().withoutRecording()) {
            chat(provider, "k", "gpt-4o", "p");
            chat(provider, "k", "gpt-4o", "p");

            assertThat(provider.answered()).isEqualTo(2);
            assertThat(provider.requests()).isEmpty();
        }
    }

    @Test
    void should_answer_401_to_a_wrong_key_when_a_key_is_required() throws Exception {
        try (FakeOpenAiProvider provider = FakeOpenAiProvider.start().requireKey("right");
             FakeOpenAiProvider open = FakeOpenAiProvider.start()) {
            assertThat(provider.acceptedKey()).isEqualTo("right");
            assertThat(open.acceptedKey()).isNull();
            assertThat(chat(open, "any", "gpt-4o", "p").statusCode()).isEqualTo(200);
            assertThat(chat(provider, "wrong", "gpt-4o", "p").statusCode()).isEqualTo(401);
            assertThat(chat(provider, "right", "gpt-4o", "p").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void should_refuse_the_configured_random_shares_with_429_and_500() throws Exception {
        try (FakeOpenAiProvider limited = FakeOpenAiProvider.start().randomFaults(1, 0);
             FakeOpenAiProvider failing = FakeOpenAiProvider.start().randomFaults(0, 1);
             FakeOpenAiProvider healthy = FakeOpenAiProvider.start().randomFaults(0, 0)) {
            assertThat(chat(limited, "k", "gpt-4o", "p").statusCode()).isEqualTo(429);
            assertThat(chat(failing, "k", "gpt-4o", "p").statusCode()).isEqualTo(500);
            assertThat(chat(healthy, "k", "gpt-4o", "p").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void should_reject_random_shares_that_add_up_to_more_than_one() throws Exception {
        try (FakeOpenAiProvider provider = FakeOpenAiProvider.start()) {
            assertThatThrownBy(() -> provider.randomFaults(0.6, 0.5)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void should_send_retry_after_with_a_rate_limited_reply() throws Exception {
        try (FakeOpenAiProvider provider = FakeOpenAiProvider.start()) {
            provider.then(Reply.rateLimited(Duration.ofSeconds(3)));

            HttpResponse<String> limited = chat(provider, "k", "gpt-4o", "p");
            HttpResponse<String> next = chat(provider, "k", "gpt-4o", "p");

            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Retry-After")).hasValue("3");
            assertThat(next.headers().firstValue("Retry-After")).isEmpty();
        }
    }

    @Test
    void should_wait_the_latency_and_a_replys_delay_before_answering() throws Exception {
        try (FakeOpenAiProvider provider = FakeOpenAiProvider.start().latency(Duration.ofMillis(100))) {
            provider.then(Reply.ok("late", 1, 1).after(Duration.ofMillis(100)));

            long start = System.nanoTime();
            chat(provider, "k", "gpt-4o", "p");

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        }
    }

    /** The answer's end is stamped once the fake has closed it, which may be just after the caller read it. */
    private static Request writtenWithin(Request request, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (request.answeredNanos() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return request;
    }

    private HttpResponse<String> chat(FakeOpenAiProvider provider, String key, String model, String prompt) throws Exception {
        String body = "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\",\"content\":\"" + prompt + "\"}]}";
        return http.send(HttpRequest.newBuilder(URI.create(provider.baseUrl() + "/chat/completions"))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + key)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
