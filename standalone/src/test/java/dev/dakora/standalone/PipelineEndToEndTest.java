package dev.dakora.standalone;

import static dev.dakora.standalone.PipelineFixture.ALPHA;
import static dev.dakora.standalone.PipelineFixture.BETA;
import static dev.dakora.standalone.PipelineFixture.REVOKED;
import static dev.dakora.standalone.PipelineFixture.SLOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.dakora.testsupport.FakeOpenAiProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The whole pipeline in one standalone, through HTTP only: gateway, render worker, LLM worker (echo and
 * a fake OpenAI-compatible provider) and log sink on embedded Kafka and PostgreSQL.
 */
class PipelineEndToEndTest {

    /** USD for one call of the fake provider: 12 tokens in, 7 out. */
    private static final BigDecimal ALPHA_CALL = new BigDecimal("0.000080");
    private static final BigDecimal BETA_CALL = new BigDecimal("0.000040");

    private static PipelineFixture fixture;
    private static PipelineSteps steps;

    @BeforeAll
    static void start() throws Exception {
        fixture = PipelineFixture.start();
        steps = new PipelineSteps(fixture.http());
        steps.createTemplate();
    }

    @AfterAll
    static void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void should_complete_a_compare_job_with_results_tokens_and_cost_per_model_when_submitted_over_http() throws Exception {
        // given
        List<String> models = List.of("echo", ALPHA, BETA);

        // when
        String jobId = steps.submitCompare("compare-one", models, Map.of());
        JsonNode job = steps.awaitJob(jobId);

        // then
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("completed");
        JsonNode results = job.get("result").get("results");
        assertThat(results.valueStream().map(result -> result.get("model").asString())).containsExactlyElementsOf(models);
        assertThat(results.get(0).get("output").asString()).isEqualTo("Summarise item compare-one please");
        assertThat(results.get(0).get("tokens_in").asLong()).isEqualTo(4);
        assertThat(results.get(0).get("cost_usd").decimalValue()).isEqualByComparingTo("0");
        assertThat(results.get(1).get("output").asString()).isEqualTo("answer from alpha");
        assertThat(results.get(1).get("tokens_in").asLong()).isEqualTo(FakeOpenAiProvider.PROMPT_TOKENS);
        assertThat(results.get(1).get("tokens_out").asLong()).isEqualTo(FakeOpenAiProvider.COMPLETION_TOKENS);
        assertThat(results.get(1).get("cost_usd").decimalValue()).isEqualByComparingTo(ALPHA_CALL);
        assertThat(results.get(2).get("cost_usd").decimalValue()).isEqualByComparingTo(BETA_CALL);
        assertThat(job.get("result").get("total_cost_usd").decimalValue()).isEqualByComparingTo(ALPHA_CALL.add(BETA_CALL));
        assertThat(job.get("result").get("total_tokens_in").asLong()).isEqualTo(4 + 2 * FakeOpenAiProvider.PROMPT_TOKENS);
        List<JsonNode> rows = steps.executions("job_id=" + jobId);
        assertThat(rows).extracting(row -> row.get("model").asString()).containsExactlyInAnyOrderElementsOf(models);
        assertThat(rows).filteredOn(row -> row.get("model").asString().equals(ALPHA)).singleElement()
                .satisfies(row -> assertThat(row.get("cost_usd").decimalValue()).isEqualByComparingTo(ALPHA_CALL));
    }

    @Test
    void should_store_one_judged_score_per_evaluated_call_and_keep_judge_calls_out_of_the_batch() throws Exception {
        new ExperimentSteps(fixture).runJudgedExperimentAndCheckItsScores();
    }

    @Test
    void should_score_a_judge_free_experiment_in_the_log_sink_and_call_no_judge() throws Exception {
        new ExperimentSteps(fixture).runJudgeFreeExperimentAndCheckItsScores();
    }

    @Test
    void should_report_a_per_model_error_while_the_others_answer_when_a_provider_refuses_the_key() throws Exception {
        // given
        Map<String, Object> compare = Map.of("inputs", Map.of("item", "refused-one"), "models", List.of(ALPHA, REVOKED, "echo"));

        // when
        Http.Response answer = fixture.http().post("/api/templates/" + PipelineSteps.TEMPLATE + "/compare", compare);

        // then
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode results = answer.json().get("results");
        assertThat(results.get(0).get("error").isNull()).isTrue();
        assertThat(results.get(1).get("error").asString()).contains("401");
        assertThat(results.get(1).get("output").asString()).isEmpty();
        assertThat(results.get(2).get("output").asString()).isEqualTo("Summarise item refused-one please");
        assertThat(answer.json().get("successful_count").asInt()).isEqualTo(2);
        assertThat(answer.json().get("failed_count").asInt()).isEqualTo(1);
    }

    @Test
    void should_count_every_call_once_with_exact_totals_when_a_batch_of_100_rows_runs_on_3_models() throws Exception {
        // given
        List<String> models = List.of("echo", ALPHA, BETA);

        // when
        String batchId = steps.submitBatch(models, 100, "hundred");
        JsonNode batch = steps.awaitBatch(batchId);

        // then
        assertThat(batch.get("status").asString()).as(batch.toString()).isEqualTo("completed");
        assertThat(batch.get("completed_jobs").asInt()).isEqualTo(100);
        assertThat(batch.get("failed_jobs").asInt()).isZero();
        assertThat(batch.get("completed_calls").asInt()).isEqualTo(300);
        assertThat(batch.get("total_tokens_in").asLong()).isEqualTo(100L * (4 + 2 * FakeOpenAiProvider.PROMPT_TOKENS));
        assertThat(batch.get("total_tokens_out").asLong()).isEqualTo(100L * (4 + 2 * FakeOpenAiProvider.COMPLETION_TOKENS));
        assertThat(batch.get("total_cost_usd").decimalValue())
                .isEqualByComparingTo(ALPHA_CALL.add(BETA_CALL).multiply(BigDecimal.valueOf(100)));
        List<JsonNode> rows = steps.executions("batch_id=" + batchId);
        assertThat(rows).hasSize(300);
        assertThat(rows).extracting(row -> row.get("call_id").asString()).doesNotHaveDuplicates();
        Http.Response json = steps.get("/api/batches/" + batchId + "/results?format=json");
        assertThat(json.json().valueStream().map(row -> row.get("row_index").asInt() + "/" + row.get("model").asString())
                .distinct()).hasSize(300);
        Http.Response csv = steps.get("/api/batches/" + batchId + "/results?format=csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("row_index,inputs,model,provider,output,tokens_in,tokens_out,cost_usd,latency_ms,error");
        assertThat(lines).hasSize(301);
        assertThat(lines.stream().filter(line -> line.contains("," + ALPHA + ",fake,answer from alpha,12,7,"))).hasSize(100);
    }

    @Test
    void should_lose_and_duplicate_nothing_when_the_llm_worker_stops_mid_batch_and_starts_again() throws Exception {
        // given
        String batchId = steps.submitBatch(List.of(SLOW), 120, "restart");
        org.awaitility.Awaitility.await().atMost(PipelineSteps.PATIENCE)
                .until(() -> fixture.provider().requestsContaining("item restart-") >= 10);

        // when
        fixture.standalone().stopRole(Roles.LLM_WORKER);
        long sentBeforeRestart = fixture.provider().requestsContaining("item restart-");
        JsonNode whileStopped = steps.batch(batchId);
        fixture.standalone().startRole(Roles.LLM_WORKER);
        JsonNode batch = steps.awaitBatch(batchId);

        // then
        assertThat(sentBeforeRestart).as("stopped mid-batch").isLessThan(120);
        assertThat(whileStopped.path("status").asString()).isNotEqualTo("completed");
        assertThat(batch.get("status").asString()).as(batch.toString()).isEqualTo("completed");
        assertThat(batch.get("completed_calls").asInt()).isEqualTo(120);
        assertThat(batch.get("total_tokens_in").asLong()).isEqualTo(120L * FakeOpenAiProvider.PROMPT_TOKENS);
        assertThat(batch.get("total_cost_usd").decimalValue()).isEqualByComparingTo(BETA_CALL.multiply(BigDecimal.valueOf(120)));
        List<JsonNode> rows = steps.executions("batch_id=" + batchId);
        assertThat(rows).hasSize(120);
        assertThat(rows).extracting(row -> row.get("call_id").asString()).doesNotHaveDuplicates();
        assertThat(rows).allSatisfy(row -> assertThat(row.get("status").asString()).isEqualTo("succeeded"));
    }

    @Test
    void should_run_a_job_once_when_it_is_submitted_twice_with_one_idempotency_key() throws Exception {
        // given
        Map<String, String> key = Map.of("Idempotency-Key", "e2e-" + UUID.randomUUID());
        String first = steps.submitCompare("idempotent-one", List.of(ALPHA), key);

        // when
        String second = steps.submitCompare("idempotent-one", List.of(ALPHA), key);
        String other = steps.submitCompare("idempotent-one", List.of(ALPHA), Map.of("Idempotency-Key", "e2e-" + UUID.randomUUID()));

        // then
        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(steps.awaitJob(first).get("status").asString()).isEqualTo("completed");
        assertThat(steps.awaitJob(other).get("status").asString()).isEqualTo("completed");
        assertThat(steps.executions("job_id=" + first)).hasSize(1);
        assertThat(fixture.provider().requestsContaining("item idempotent-one ")).isEqualTo(2);
    }

    @Test
    void should_stream_every_call_completed_then_job_completed_when_watching_a_job() throws Exception {
        // given
        List<String> models = List.of(SLOW, ALPHA, "echo");
        String jobId = steps.submitCompare("live-one", models, Map.of());

        // when
        LiveEventsClient live = LiveEventsClient.connect(fixture.http().webSocket("/ws/events?job_id=" + jobId));
        List<JsonNode> events = live.eventsUntilClosed(PipelineSteps.PATIENCE);

        // then
        List<String> types = events.stream().map(event -> event.get("type").asString()).toList();
        assertThat(types).last().isEqualTo("job.completed");
        List<JsonNode> calls = events.stream().filter(event -> event.get("type").asString().equals("call.completed")).toList();
        assertThat(calls).extracting(call -> call.get("model").asString()).containsAll(models);
        assertThat(types.indexOf("job.completed")).isEqualTo(types.size() - 1);
        assertThat(events.getLast().get("job_id").asString()).isEqualTo(jobId);
    }

    @Test
    void should_dead_letter_a_poison_model_call_and_go_on_when_a_record_cannot_be_read() throws Exception {
        // given
        String bootstrap = fixture.standalone().infrastructure().kafka().bootstrapServers();
        byte[] poison = ("not a model call " + UUID.randomUUID()).getBytes(java.nio.charset.StandardCharsets.UTF_8);

        // when
        KafkaProbe.send(bootstrap, "dakora.model-calls", poison);
        String jobId = steps.submitCompare("after-poison", List.of(ALPHA), Map.of());

        // then
        assertThat(KafkaProbe.awaitValue(bootstrap, "dakora.model-calls-dlt", poison, Duration.ofSeconds(60))).isTrue();
        assertThat(steps.awaitJob(jobId).get("status").asString()).isEqualTo("completed");
    }
}
