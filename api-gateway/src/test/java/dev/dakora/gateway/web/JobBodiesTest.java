package dev.dakora.gateway.web;

import dev.dakora.common.event.CallParams;
import dev.dakora.common.event.JobType;
import dev.dakora.gateway.domain.JobRequest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobBodiesTest {

    @Test
    void should_read_a_compare_job_with_call_params_and_pass_other_params_through() {
        // given
        JobBodies.Job body = new JobBodies.Job("compare", "t", null, "production", Map.of("x", 1),
                List.of("echo", "gpt-4o-mini"), Map.of("temperature", 1, "max_tokens", 64, "top_p", 0.9, "seed", 3), null);

        // when
        JobRequest request = body.toRequest();

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
        assertThatThrownBy(() -> job("render", "t", null, null, List.of("echo")).toRequest())
                .hasMessageContaining("models is only for compare jobs");
        assertThatThrownBy(() -> job("compare", "t", null, null, List.of("a", "a")).toRequest())
                .hasMessageContaining("names 'a' twice");
        assertThatThrownBy(() -> job("render", "t", "1.0.0", "x", null).toRequest())
                .hasMessageContaining("cannot be combined with version");
        assertThatThrownBy(() -> job("render", null, null, null, null).toRequest())
                .hasMessageContaining("template_id is required");
        assertThatThrownBy(() -> JobRequests.params(Map.of("max_tokens", 0), Map.of()))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.errors().getFirst().field()).isEqualTo("max_tokens"));
        assertThatThrownBy(() -> JobRequests.params(Map.of("top_p", "high"), Map.of()))
                .hasMessageContaining("top_p must be a number");
    }

    @Test
    void should_refuse_a_compare_job_without_models_and_accept_a_render_job_without_them() {
        // given / when / then
        assertThatThrownBy(() -> job("compare", "t", null, null, null).toRequest()).hasMessageContaining("models is required");
        assertThat(job("render", "t", null, null, null).toRequest().models()).isEmpty();
    }

    private static JobBodies.Job job(String type, String templateId, String version, String label, List<String> models) {
        return new JobBodies.Job(type, templateId, version, label, null, models, null, null);
    }
}
