package dev.dakora.common.event;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventRulesTest {

    @Test
    void should_refuse_a_compare_job_without_models() {
        assertThatThrownBy(() -> new JobSubmitted("j", JobType.COMPARE, null, null, Map.of("id", "t", "template", "x"),
                Map.of(), List.of(), null, SampleEvents.AT))
                .hasMessageContaining("at least one model");
    }

    @Test
    void should_refuse_a_batch_job_without_its_row() {
        assertThatThrownBy(() -> new JobSubmitted("j", JobType.RENDER, "b", null, Map.of("id", "t", "template", "x"),
                Map.of(), List.of(), null, SampleEvents.AT))
                .hasMessageContaining("batch_id and row_index go together");
    }

    @Test
    void should_refuse_a_failed_call_without_a_message_and_a_priced_call_without_cost() {
        assertThatThrownBy(() -> new ModelCallCompleted("c", "j", null, null, "t", "1", "m", "p", CallStatus.FAILED,
                null, 0, 0, null, false, 1, null, 1, Map.of(), SampleEvents.AT))
                .hasMessageContaining("needs an error message");
        assertThatThrownBy(() -> new ModelCallCompleted("c", "j", null, null, "t", "1", "m", "p", CallStatus.SUCCEEDED,
                "ok", 1, 1, null, true, 1, null, 1, Map.of(), SampleEvents.AT))
                .hasMessageContaining("needs cost_usd");
    }

    @Test
    void should_refuse_sampling_parameters_out_of_range() {
        assertThatThrownBy(() -> new CallParams(3.0, null, null, null)).hasMessageContaining("temperature");
        assertThatThrownBy(() -> new CallParams(null, 0, null, null)).hasMessageContaining("max_tokens");
        assertThatThrownBy(() -> new CallParams(null, null, 0.0, null)).hasMessageContaining("top_p");
    }

    @Test
    void should_total_successful_calls_only_and_take_the_slowest_time() {
        // when
        ComparisonResult result = ComparisonResult.of(List.of(
                ModelResult.of(SampleEvents.succeeded()), ModelResult.of(SampleEvents.failed())));

        // then
        assertThat(result.totalCostUsd()).isEqualByComparingTo(new BigDecimal("0.000026"));
        assertThat(result.totalTokensIn()).isEqualTo(12);
        assertThat(result.totalTokensOut()).isEqualTo(40);
        assertThat(result.totalTimeMs()).isEqualTo(812);
        assertThat(result.successfulCount()).isEqualTo(1);
        assertThat(result.failedCount()).isEqualTo(1);
        assertThat(result.results().get(1).tokensIn()).isZero();
        assertThat(result.results().get(1).error()).contains("ANTHROPIC_API_KEY");
    }

    @Test
    void should_mark_totals_as_partial_when_a_successful_model_is_unpriced() {
        ModelResult unpriced = new ModelResult("x", "ollama", "ollama/llama3.2", 5, 5, null, 10, null);

        ComparisonResult result = ComparisonResult.of(List.of(ModelResult.of(SampleEvents.succeeded()), unpriced));

        assertThat(result.fullyPriced()).isFalse();
        assertThat(result.totalCostUsd()).isEqualByComparingTo(new BigDecimal("0.000026"));
    }

    @Test
    void should_key_batch_events_by_batch_and_job_events_by_job() {
        assertThat(SampleEvents.jobSubmitted().key()).isEqualTo("job-1");
        assertThat(new BatchSubmitted("b", null, "t", "1", List.of(), 0, 0, SampleEvents.AT).key()).isEqualTo("b");
        assertThat(Topics.ALL).extracting(Topic::deadLetter).contains("dakora.model-calls-dlt");
    }
}
