package dev.dakora.gateway.web;

import dev.dakora.common.event.ComparisonResult;
import dev.dakora.common.event.EventJson;
import dev.dakora.common.event.JobCompleted;
import dev.dakora.common.event.JobStatus;
import dev.dakora.common.event.JobType;
import dev.dakora.common.event.ModelResult;
import dev.dakora.gateway.estimate.Estimate;
import dev.dakora.gateway.estimate.ModelEstimate;
import dev.dakora.gateway.experiments.ExperimentView;
import dev.dakora.gateway.messaging.LiveEventMapper;
import dev.dakora.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The response records write, through the application's own JSON mapper, the bytes the maps they replaced
 * wrote: the same keys in the same order, null where a key was null, absent where it was left out, and the
 * same number forms. Each reference map below is built as the route used to build it.
 */
class ResponseRecordsJsonTest extends GatewayTest {

    private static final Estimate ESTIMATE = new Estimate("greeting", "1.0.0", 2, 1, "256 per call", List.of(
            new ModelEstimate("openai/gpt-4o", "openai", "o200k_base", true, 2, 20, 512, true,
                    new BigDecimal("0.0000500"), new BigDecimal("0.005170")),
            new ModelEstimate("acme/unpriced", "acme", "approx", false, 2, 22, 512, false, null, null)));

    @Autowired
    JsonMapper mapper;

    @Test
    void should_write_an_estimate_as_the_map_it_replaced_without_lane_fields() {
        // given
        Map<String, Object> reference = estimateMap();

        // when
        String written = mapper.writeValueAsString(EstimateView.of(ESTIMATE));

        // then
        assertThat(written).isEqualTo(mapper.writeValueAsString(reference)).doesNotContain("lane");
    }

    @Test
    void should_write_a_batch_estimate_with_its_lane_and_saving_last() {
        // given
        Map<String, Object> reference = estimateMap();
        Map<String, Object> saving = new LinkedHashMap<>();
        saving.put("lane", "batch");
        saving.put("models", List.of("openai/gpt-4o"));
        saving.put("saving_usd_low", new BigDecimal("0.00002500"));
        saving.put("saving_usd_high", new BigDecimal("0.0025850"));
        saving.put("cost_usd_low", new BigDecimal("0.00002500"));
        saving.put("cost_usd_high", new BigDecimal("0.0025850"));
        saving.put("completion_window", "24h");
        reference.put("lane", "batch");
        reference.put("batch_lane", saving);

        // when
        String written = mapper.writeValueAsString(EstimateView.of(ESTIMATE).withLane("batch", new EstimateView.BatchLane("batch",
                List.of("openai/gpt-4o"), new BigDecimal("0.00002500"), new BigDecimal("0.0025850"),
                new BigDecimal("0.00002500"), new BigDecimal("0.0025850"), "24h")));

        // then
        assertThat(written).isEqualTo(mapper.writeValueAsString(reference));
    }

    @Test
    void should_write_a_comparison_read_from_the_job_completed_event_as_the_event_carried_it() {
        // given: one priced answer with a cost of many decimals, one failed call
        ComparisonResult result = ComparisonResult.of(List.of(
                new ModelResult("Hi", "openai", "gpt-4o", 12, 3, new BigDecimal("0.00004250"), 812, null),
                new ModelResult("", "acme", "x", 0, 0, BigDecimal.ZERO, 40, "timeout")));
        JobCompleted completed = new JobCompleted("job-1", null, null, JobType.COMPARE, JobStatus.COMPLETED, "greeting",
                "1.0.0", "Hi", result, null, Instant.parse("2026-01-01T00:00:00Z"));
        Map<String, Object> event = LiveEventMapper.of(completed).body();
        Object eventResult = EventJson.mapper().readValue(EventJson.write(event), Map.class).get("result");

        // when
        String written = mapper.writeValueAsString(JobSchemas.Comparison.of(eventResult));

        // then
        assertThat(written).isEqualTo(mapper.writeValueAsString(eventResult))
                .contains("\"cost_usd\":0.00004250", "\"error\":null", "\"fully_priced\":true");
    }

    @Test
    void should_write_a_local_vault_config_with_prompt_dir_and_an_azure_one_with_container_and_prefix() {
        // given
        Map<String, Object> local = new LinkedHashMap<>();
        local.put("registry", "local");
        local.put("prompt_dir", "./prompts");
        local.put("logging_enabled", false);
        Map<String, Object> azure = new LinkedHashMap<>();
        azure.put("registry", "azure");
        azure.put("container", "prompts");
        azure.put("prefix", "");
        azure.put("logging_enabled", false);

        // when
        String writtenLocal = mapper.writeValueAsString(HealthView.VaultConfig.local("local", "./prompts"));
        String writtenAzure = mapper.writeValueAsString(HealthView.VaultConfig.azure("prompts", ""));

        // then
        assertThat(writtenLocal).isEqualTo(mapper.writeValueAsString(local)).doesNotContain("container");
        assertThat(writtenAzure).isEqualTo(mapper.writeValueAsString(azure)).doesNotContain("prompt_dir");
    }

    @Test
    void should_leave_an_experiment_columns_figures_out_of_list_items_and_write_them_null_before_any_result() {
        // given
        Map<String, Object> listed = new LinkedHashMap<>();
        listed.put("version", "1.0.0");
        listed.put("model", "echo");
        listed.put("batch_id", "b-1");
        Map<String, Object> shown = new LinkedHashMap<>(listed);
        shown.put("results", 0);
        shown.put("passed", 0);
        shown.put("failed_calls", 0);
        shown.put("pass_rate", null);
        shown.put("mean_score", null);
        shown.put("p50_latency_ms", null);
        shown.put("p95_latency_ms", null);
        shown.put("total_cost_usd", null);
        shown.put("unpriced_calls", 0);
        shown.put("cost_per_pass_usd", null);
        shown.put("judge_cost_usd", null);

        // when
        String writtenListed = mapper.writeValueAsString(new ExperimentView.Column("1.0.0", "echo", "b-1", null));
        String writtenShown = mapper.writeValueAsString(new ExperimentView.Column("1.0.0", "echo", "b-1",
                new ExperimentView.Figures(0, 0, 0, null, null, null, null, null, 0, null, null)));

        // then
        assertThat(writtenListed).isEqualTo(mapper.writeValueAsString(listed));
        assertThat(writtenShown).isEqualTo(mapper.writeValueAsString(shown));
    }

    /** As {@code Estimate.toMap()} built it. */
    private static Map<String, Object> estimateMap() {
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("calls", 4L);
        totals.put("input_tokens", 42L);
        totals.put("output_tokens_assumed", 1024L);
        totals.put("cost_usd_low", ESTIMATE.costLow());
        totals.put("cost_usd_high", ESTIMATE.costHigh());
        totals.put("fully_priced", false);
        totals.put("unpriced_models", List.of("acme/unpriced"));
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("estimate", true);
        map.put("template_id", "greeting");
        map.put("version", "1.0.0");
        map.put("rows", 2);
        map.put("render_failures", 1);
        map.put("output_tokens_assumption", "256 per call");
        map.put("models", ESTIMATE.models().stream().map(ResponseRecordsJsonTest::modelMap).toList());
        map.put("totals", totals);
        map.put("submitted", false);
        return map;
    }

    private static Map<String, Object> modelMap(ModelEstimate model) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("model", model.model());
        map.put("provider", model.provider());
        map.put("tokenizer", model.tokenizer());
        map.put("tokenizer_exact", model.tokenizerExact());
        map.put("calls", model.calls());
        map.put("input_tokens", model.inputTokens());
        map.put("output_tokens_assumed", model.outputTokens());
        map.put("priced", model.priced());
        map.put("cost_usd_low", model.costLow());
        map.put("cost_usd_high", model.costHigh());
        return map;
    }
}
