package dev.dakora.gateway.web;

import dev.dakora.common.event.CallParams;
import dev.dakora.common.event.JobType;
import dev.dakora.gateway.domain.JobRequest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobRequestsTest {

    @Test
    void should_read_a_compare_job_with_call_params_and_pass_other_params_through() {
        // given
        Map<String, Object> body = Map.of("type", "compare", "template_id", "t", "label", "production",
                "inputs", Map.of("x", 1), "models", List.of("echo", "gpt-4o-mini"),
                "params", Map.of("temperature", 1, "max_tokens", 64, "top_p", 0.9, "seed", 3));

        // when
        JobRequest request = JobRequests.job(body);

        // then
        assertThat(request.type()).isEqualTo(JobType.COMPARE);
        assertThat(request.label()).isEqualTo("production");
        assertThat(request.models()).containsExactly("echo", "gpt-4o-mini");
        assertThat(request.params()).isEqualTo(new CallParams(1.0, 64, 0.9, Map.of("seed", 3L)));
    }

    @Test
    void should_let_top_level_params_of_the_reference_compare_body_win() {
        // given / when
        CallParams params = JobRequests.params(Map.of("temperature", 0.1), Map.of("temperature", 0.7, "max_tokens", 10));

        // then
        assertThat(params.temperature()).isEqualTo(0.7);
        assertThat(params.maxTokens()).isEqualTo(10);
    }

    @Test
    void should_refuse_bad_fields_naming_each() {
        // given / when / then
        assertThatThrownBy(() -> JobRequests.job(Map.of("type", "render", "template_id", "t", "models", List.of("echo"))))
                .hasMessageContaining("models is only for compare jobs");
        assertThatThrownBy(() -> JobRequests.job(Map.of("type", "compare", "template_id", "t", "models", List.of("a", "a"))))
                .hasMessageContaining("names 'a' twice");
        assertThatThrownBy(() -> JobRequests.job(Map.of("type", "render", "template_id", "t", "version", "1.0.0", "label", "x")))
                .hasMessageContaining("cannot be combined with version");
        assertThatThrownBy(() -> JobRequests.job(Map.of("type", "render")))
                .hasMessageContaining("template_id is required");
        assertThatThrownBy(() -> JobRequests.params(Map.of("max_tokens", 0), Map.of()))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.errors().getFirst().field()).isEqualTo("max_tokens"));
        assertThatThrownBy(() -> JobRequests.params(Map.of("top_p", "high"), Map.of()))
                .hasMessageContaining("top_p must be a number");
    }
}
