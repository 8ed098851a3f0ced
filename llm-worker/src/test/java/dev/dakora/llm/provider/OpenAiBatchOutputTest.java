package dev.dakora.llm.provider;

import dev.dakora.llm.lane.LaneOutcome;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OpenAiBatchOutputTest {

    private static Map<String, LaneOutcome> read(String content) {
        Map<String, LaneOutcome> outcomes = new HashMap<>();
        OpenAiBatchOutput.read(content, outcomes);
        return outcomes;
    }

    @Test
    void should_read_the_first_choice_and_the_usage_of_an_answered_request() {
        // when
        Map<String, LaneOutcome> outcomes = read("""
                {"custom_id":"call-1","response":{"status_code":200,"body":{"choices":[{"message":{"content":"Hello Ada"}}],"usage":{"prompt_tokens":12,"completion_tokens":3}}}}
                """);

        // then
        assertThat(outcomes).containsExactly(Map.entry("call-1", LaneOutcome.answer("Hello Ada", 12, 3)));
    }

    @Test
    void should_fail_a_request_answered_with_another_status_naming_it_and_the_message() {
        // when
        Map<String, LaneOutcome> outcomes = read("""
                {"custom_id":"call-1","response":{"status_code":400,"body":{"error":{"message":"bad temperature"}}}}
                {"custom_id":"call-2","response":{"status_code":500,"body":{}}}
                """);

        // then
        assertThat(outcomes).containsOnly(
                Map.entry("call-1", LaneOutcome.failure("HTTP 400: bad temperature")),
                Map.entry("call-2", LaneOutcome.failure("HTTP 500: no message")));
    }

    @Test
    void should_fail_a_request_of_the_error_file_with_its_code_and_message() {
        // when
        Map<String, LaneOutcome> outcomes = read("""
                {"custom_id":"call-1","response":null,"error":{"code":"batch_expired","message":"not run in time"}}
                """);

        // then
        assertThat(outcomes).containsExactly(Map.entry("call-1", LaneOutcome.failure("batch_expired: not run in time")));
    }

    @Test
    void should_skip_blank_lines_and_count_missing_usage_as_zero() {
        // when
        Map<String, LaneOutcome> outcomes = read("""

                {"custom_id":"call-1","response":{"status_code":200,"body":{"choices":[{"message":{"content":"hi"}}]}}}

                """);

        // then
        assertThat(outcomes).containsExactly(Map.entry("call-1", LaneOutcome.answer("hi", 0, 0)));
    }
}
