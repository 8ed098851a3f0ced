package dev.dakora.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class FaultProviderTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void should_answer_with_usage_and_count_requests_per_model_and_prompt() throws Exception {
        try (FaultProvider provider = new FaultProvider(Duration.ZERO, 0, 0)) {
            // given / when
            HttpResponse<String> first = chat(provider, "gpt-4o", "row [run-a] 1");
            chat(provider, "gpt-4o", "row [run-a] 1");
            chat(provider, "gpt-4o-mini", "row [run-a] 2");
            chat(provider, "gpt-4o", "row [run-b] 1");

            // then
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.body()).contains("\"prompt_tokens\":12", "\"completion_tokens\":7");
            assertThat(provider.errorRate()).isZero();
            assertThat(provider.requestsContaining("[run-a]")).isEqualTo(3);
            assertThat(provider.mostRequestsForOneCall("[run-a]")).isEqualTo(2);
            assertThat(provider.requestsContaining("[run-c]")).isZero();
        }
    }

    @Test
    void should_count_requests_per_model_and_batch_row_of_one_run_only() throws Exception {
        try (FaultProvider provider = new FaultProvider(Duration.ZERO, 0, 0)) {
            // given / when
            chat(provider, "gpt-4o", "Fault run [run-a] row r3: answer briefly.");
            chat(provider, "gpt-4o", "Fault run [run-a] row r3: answer briefly.");
            chat(provider, "gpt-4o-mini", "Fault run [run-a] row r3: answer briefly.");
            chat(provider, "gpt-4o", "Fault run [run-b] row r3: answer briefly.");
            chat(provider, "gpt-4o", "no row in this prompt [run-a]");

            // then
            long after = System.nanoTime();
            var perCall = provider.requestsPerCall("[run-a]");
            assertThat(perCall).containsOnlyKeys(FaultProvider.callKey("openai/gpt-4o", 3), FaultProvider.callKey("gpt-4o-mini", 3));
            assertThat(perCall.get(FaultProvider.callKey("gpt-4o", 3))).hasSize(2)
                    .allSatisfy(request -> {
                        assertThat(request.status()).isEqualTo(200);
                        assertThat(request.arrivedBefore(after)).isTrue();
                    });
            assertThat(perCall.get(FaultProvider.callKey("gpt-4o-mini", 3))).hasSize(1);
            assertThat(provider.requestsPerCall("[run-c]")).isEmpty();
        }
    }

    @Test
    void should_answer_a_judge_prompt_with_the_rows_verdict_and_count_it_apart_from_the_graded_calls() throws Exception {
        try (FaultProvider provider = new FaultProvider(Duration.ZERO, 0, 0)) {
            // given / when: two judge prompts as the built-in judge template renders them, one graded call
            HttpResponse<String> third = chat(provider, "gpt-4o-mini", judgePrompt("run-a", 3, "gpt-4o"));
            HttpResponse<String> fourth = chat(provider, "gpt-4o-mini", judgePrompt("run-a", 4, "gpt-4o"));
            chat(provider, "gpt-4o-mini", judgePrompt("run-a", 4, "gpt-4o"));
            chat(provider, "gpt-4o", "Fault run [run-a] row r4: answer briefly.");

            // then
            assertThat(third.body()).contains("{\\\"score\\\": 0.2, \\\"reason\\\": \\\"row r3\\\"}");
            assertThat(fourth.body()).contains("{\\\"score\\\": 0.9");
            var judged = provider.judgeRequestsPerCall("[run-a]");
            assertThat(judged).containsOnlyKeys(FaultProvider.callKey("gpt-4o", 3), FaultProvider.callKey("gpt-4o", 4));
            assertThat(judged.get(FaultProvider.callKey("gpt-4o", 4))).hasSize(2);
            assertThat(provider.requestsPerCall("[run-a]")).containsOnlyKeys(FaultProvider.callKey("gpt-4o", 4));
            assertThat(provider.judgeRequestsPerCall("[run-b]")).isEmpty();
        }
    }

    private static String judgePrompt(String run, int row, String gradedModel) {
        return ("You are grading an answer produced by an AI model.\\n\\nRubric:\\nFault judge [" + run + "]\\n\\n"
                + "The model was given these inputs:\\n- run: " + run + "\\n- row: r" + row + "\\n\\n"
                + "The answer to grade:\\n<answer>\\nanswer from " + gradedModel + "\\n</answer>\\n");
    }

    @Test
    void should_refuse_the_configured_shares_with_429_and_500() throws Exception {
        try (FaultProvider limited = new FaultProvider(Duration.ZERO, 1, 0);
             FaultProvider failing = new FaultProvider(Duration.ZERO, 0, 1)) {
            assertThat(chat(limited, "gpt-4o", "p").statusCode()).isEqualTo(429);
            assertThat(chat(failing, "gpt-4o", "p").statusCode()).isEqualTo(500);
            assertThat(limited.requestsContaining("p")).isEqualTo(1);
        }
    }

    private HttpResponse<String> chat(FaultProvider provider, String model, String prompt) throws Exception {
        String body = "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\",\"content\":\"" + prompt + "\"}]}";
        return http.send(HttpRequest.newBuilder(URI.create(provider.baseUrl() + "/chat/completions"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
