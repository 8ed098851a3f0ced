package dev.dakora.gateway.web;

import dev.dakora.common.event.CallLane;
import dev.dakora.common.event.CallParams;
import dev.dakora.common.template.FieldError;
import dev.dakora.gateway.domain.BatchRequest;
import dev.dakora.gateway.estimate.Estimate;
import dev.dakora.gateway.estimate.ModelEstimate;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchLanesTest {

    private static BatchBodies.Read batch(int rows, Map<String, Object> extra) {
        List<Map<String, Object>> inputs = java.util.stream.IntStream.range(0, rows).mapToObj(i -> Map.<String, Object>of("name", "n" + i)).toList();
        BatchRequest request = new BatchRequest("greeting", null, null, List.of("openai/gpt-4o-mini", "echo"), inputs,
                new CallParams(null, null, null, extra), null);
        return new BatchBodies.Read(request, SourceRows.ofJson(request.rows()));
    }

    private static MockServerWebExchange exchange(String query) {
        return MockServerWebExchange.from(MockServerHttpRequest.post("/api/batches" + query).build());
    }

    private static String lane(BatchBodies.Read read) {
        return CallLane.requested(read.request().params()).orElse(null);
    }

    @Test
    void should_put_the_asked_lane_on_every_call_when_params_or_the_query_name_one() {
        BatchLanes lanes = new BatchLanes(0);
        assertThat(lane(lanes.resolve(batch(2, Map.of("lane", "batch")), exchange("")))).isEqualTo("batch");
        assertThat(lane(lanes.resolve(batch(2, Map.of()), exchange("?lane=Batch")))).isEqualTo("batch");
        assertThat(lane(lanes.resolve(batch(2, Map.of("lane", "batch")), exchange("?lane=online")))).isEqualTo("online");
    }

    @Test
    void should_leave_the_params_alone_when_no_lane_is_named_and_auto_is_off() {
        BatchBodies.Read read = batch(5000, Map.of("cache", true));
        assertThat(new BatchLanes(0).resolve(read, exchange(""))).isSameAs(read);
    }

    @Test
    void should_take_the_batch_lane_above_the_configured_calls_when_auto() {
        BatchLanes lanes = new BatchLanes(10);
        // 5 rows × 2 models = 10 calls: not above
        assertThat(lane(lanes.resolve(batch(5, Map.of("lane", "auto")), exchange("")))).isEqualTo("online");
        assertThat(lane(lanes.resolve(batch(6, Map.of("lane", "auto")), exchange("")))).isEqualTo("batch");
        assertThat(lane(lanes.resolve(batch(6, Map.of()), exchange("")))).as("no lane named: auto").isEqualTo("batch");
        assertThat(lane(lanes.resolve(batch(6, Map.of("lane", "online")), exchange("")))).isEqualTo("online");
        assertThat(lane(new BatchLanes(0).resolve(batch(6000, Map.of("lane", "auto")), exchange("")))).isEqualTo("online");
    }

    @Test
    void should_answer_400_naming_the_field_when_the_lane_is_unknown() {
        BatchLanes lanes = new BatchLanes(0);
        assertThatThrownBy(() -> lanes.resolve(batch(1, Map.of("lane", "overnight")), exchange("")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("params.lane"));
        assertThatThrownBy(() -> lanes.resolve(batch(1, Map.of()), exchange("?lane=slow")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("lane"));
    }

    @Test
    void should_show_the_batch_lane_saving_on_discounted_models_only_when_estimated() {
        Estimate estimate = new Estimate("greeting", "1.0.0", 10, 0, "256 per call", List.of(
                new ModelEstimate("openai/gpt-4o-mini", "openai", "o200k", true, 10, 1000, 2560, true,
                        new BigDecimal("0.00015"), new BigDecimal("0.001686")),
                new ModelEstimate("gemini/gemini-2.0-flash", "gemini", "approx", false, 10, 1000, 2560, true,
                        new BigDecimal("0.0001"), new BigDecimal("0.001124")),
                new ModelEstimate("vllm/llama", "vllm", "approx", false, 10, 1000, 2560, false, null, null)));
        BatchBodies.Read read = new BatchLanes(0).resolve(batch(10, Map.of("lane", "batch")), exchange(""));

        EstimateView answer = new BatchLanes(0).withSaving(estimate, read.request());

        assertThat(answer.lane()).isEqualTo("batch");
        EstimateView.BatchLane lane = answer.batchLane();
        assertThat(lane.models()).isEqualTo(List.of("openai/gpt-4o-mini"));
        assertThat(lane.savingUsdHigh()).isEqualByComparingTo("0.000843");
        assertThat(lane.savingUsdLow()).isEqualByComparingTo("0.000075");
        assertThat(lane.costUsdHigh()).isEqualByComparingTo("0.001967");
        assertThat(lane.completionWindow()).isEqualTo("24h");
    }
}
