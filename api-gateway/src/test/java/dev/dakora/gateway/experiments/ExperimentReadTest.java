package dev.dakora.gateway.experiments;

import dev.dakora.gateway.support.GatewayTest;
import dev.dakora.gateway.support.SinkRows;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.test.StepVerifier;
import org.springframework.http.MediaType;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.dakora.gateway.support.Bodies.MAP;
import static dev.dakora.gateway.support.Bodies.map;
import static dev.dakora.gateway.support.Bodies.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

class ExperimentReadTest extends GatewayTest {

    @Autowired
    private ExperimentReads reads;

    @Test
    void should_show_queued_then_completed_with_column_aggregates_once_every_completed_call_is_scored() {
        // given
        Submitted experiment = submit();
        Map<String, Object> queued = get("/api/experiments/" + experiment.id());
        finishBatches(experiment, "completed");
        score(experiment, 1, "1.0.0", 0, true, 1.0, 100, "0.002");
        score(experiment, 1, "1.0.0", 1, false, 0.0, 300, null);
        score(experiment, 2, "1.0.0", 0, true, 1.0, 200, "0.002");
        score(experiment, 2, "1.0.0", 1, true, 1.0, 200, "0.002");
        score(experiment, 1, "1.1.0", 0, true, 1.0, 100, "0.001");
        score(experiment, 1, "1.1.0", 1, true, 1.0, 100, "0.001");
        score(experiment, 2, "1.1.0", 0, true, 1.0, 100, "0.001");
        Map<String, Object> waiting = get("/api/experiments/" + experiment.id());
        score(experiment, 2, "1.1.0", 1, false, 0.0, 100, "0.001");

        // when
        Map<String, Object> done = get("/api/experiments/" + experiment.id());

        // then
        assertThat(queued).containsEntry("status", "queued").containsEntry("scored_calls", 0).containsEntry("completed_at", null);
        assertThat(waiting).containsEntry("status", "running").containsEntry("scored_calls", 7);
        assertThat(done).containsEntry("status", "completed").containsEntry("scored_calls", 8).containsEntry("passed", 6)
                .containsEntry("render_failures", 0).containsEntry("total_rows", 2);
        assertThat(done.get("completed_at")).isNotNull();
        Map<String, Object> older = map(((List<?>) done.get("columns")).getFirst());
        assertThat(older).containsEntry("version", "1.0.0").containsEntry("model", "echo").containsEntry("results", 4)
                .containsEntry("passed", 3).containsEntry("pass_rate", 0.75).containsEntry("p95_latency_ms", 300)
                .containsEntry("unpriced_calls", 1);
        assertThat(new BigDecimal(older.get("total_cost_usd").toString())).isEqualByComparingTo("0.006");
        assertThat(new BigDecimal(older.get("cost_per_pass_usd").toString())).isEqualByComparingTo("0.002");
    }

    @Test
    void should_page_results_in_grid_order_with_the_dataset_rows_inputs_and_expected_output() {
        // given
        Submitted experiment = submit();
        score(experiment, 2, "1.0.0", 0, true, 1.0, 10, "0.001");
        score(experiment, 1, "1.1.0", 0, false, 0.0, 10, "0.001");
        score(experiment, 1, "1.0.0", 1, true, 1.0, 10, "0.001");
        score(experiment, 1, "1.0.0", 0, true, 1.0, 10, "0.001");

        // when
        Map<String, Object> first = get("/api/experiments/" + experiment.id() + "/results?limit=3");
        Map<String, Object> rest = get("/api/experiments/" + experiment.id() + "/results?limit=3&cursor=" + first.get("next_cursor"));

        // then
        List<?> items = (List<?>) first.get("items");
        assertThat(items.stream().map(item -> map(item).get("row") + "/" + map(item).get("version") + "/" + map(item).get("sample")))
                .containsExactly("1/1.0.0/0", "1/1.0.0/1", "1/1.1.0/0");
        assertThat(map(items.getFirst())).containsEntry("inputs", Map.of("city", "Paris")).containsEntry("expected", "Paris")
                .containsEntry("passed", true);
        assertThat(map(((List<?>) map(items.getFirst()).get("assertions")).getFirst())).containsEntry("type", "icontains");
        assertThat(((List<?>) rest.get("items")).stream().map(item -> map(item).get("row"))).containsExactly(2);
        assertThat(rest).containsEntry("next_cursor", null);
        client.get().uri("/api/experiments/{id}/results?limit=5001", experiment.id()).exchange().expectStatus().isBadRequest();
        client.get().uri("/api/experiments/{id}/results?cursor=nonsense", experiment.id()).exchange().expectStatus().isBadRequest();
        client.get().uri("/api/experiments/{id}/results", uniqueId("none")).exchange().expectStatus().isNotFound();
    }

    @Test
    void should_compare_two_experiments_row_by_row_and_count_the_regressed_rows() {
        // given
        Submitted baseline = submit();
        Submitted candidate = submit();
        score(baseline, 1, "1.0.0", 0, true, 1.0, 10, null);
        score(baseline, 2, "1.0.0", 0, true, 1.0, 10, null);
        score(candidate, 1, "1.0.0", 0, false, 0.0, 10, null);
        score(candidate, 2, "1.0.0", 0, true, 1.0, 10, null);

        // when
        Map<String, Object> comparison = get("/api/experiments/" + candidate.id() + "/compare?baseline=" + baseline.id());

        // then
        assertThat(comparison).containsEntry("baseline", baseline.id()).containsEntry("candidate", candidate.id())
                .containsEntry("regressed", 1).containsEntry("unchanged", 1).containsEntry("improved", 0);
        assertThat(map(((List<?>) comparison.get("rows")).getFirst())).containsEntry("row", 1).containsEntry("change", "regressed")
                .containsEntry("baseline", Map.of("pass_share", 1.0, "mean_score", 1.0));
        client.get().uri("/api/experiments/{id}/compare", candidate.id()).exchange().expectStatus().isBadRequest();
        client.get().uri("/api/experiments/{id}/compare?baseline={b}&tolerance=2", candidate.id(), baseline.id())
                .exchange().expectStatus().isBadRequest();
        client.get().uri("/api/experiments/{id}/compare?baseline={b}", candidate.id(), uniqueId("none"))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void should_list_experiments_newest_first_by_template_one_page_at_a_time() {
        // given
        Submitted older = submit();
        Submitted newer = submit(older.template());

        // when
        Map<String, Object> first = get("/api/experiments?limit=1&template_id=" + older.template());
        Map<String, Object> second = get("/api/experiments?limit=1&template_id=" + older.template() + "&cursor=" + first.get("next_cursor"));

        // then
        assertThat(map(((List<?>) first.get("items")).getFirst())).containsEntry("experiment_id", newer.id());
        assertThat(map(((List<?>) second.get("items")).getFirst())).containsEntry("experiment_id", older.id());
        assertThat(second).containsEntry("next_cursor", null);
        client.get().uri("/api/experiments?cursor=nonsense").exchange().expectStatus().isBadRequest();
        client.get().uri("/api/experiments/{id}", uniqueId("none")).exchange().expectStatus().isNotFound();
    }

    @Test
    void should_cancel_the_unfinished_jobs_of_every_batch_and_refuse_to_cancel_a_final_experiment() {
        // given
        Submitted running = submit();
        Submitted finished = submit();
        finishBatches(finished, "cancelled");

        // when / then
        client.post().uri("/api/experiments/{id}/cancel", running.id()).exchange().expectStatus().isAccepted().expectBody()
                .jsonPath("$.cancel_requested_batches").isEqualTo(2)
                .jsonPath("$.cancel_requested_jobs").isEqualTo(4);
        client.post().uri("/api/experiments/{id}/cancel", finished.id()).exchange().expectStatus().isEqualTo(409);
        client.post().uri("/api/experiments/{id}/cancel", uniqueId("none")).exchange().expectStatus().isNotFound();
    }

    @Test
    void should_stream_progress_when_it_changes_and_end_after_the_final_status() {
        // given
        Submitted experiment = submit();
        ExperimentProgress progress = new ExperimentProgress(reads, Duration.ofMillis(100));

        // when / then
        StepVerifier.create(progress.of(experiment.id()))
                .assertNext(message -> assertThat(message).containsEntry("type", "experiment.progress")
                        .containsEntry("status", "queued").containsEntry("scored_calls", 0L).containsEntry("total_calls", 8L))
                .then(() -> {
                    finishBatches(experiment, "completed");
                    for (String version : List.of("1.0.0", "1.1.0")) {
                        for (int row = 1; row <= 2; row++) {
                            score(experiment, row, version, 0, true, 1.0, 10, null);
                            score(experiment, row, version, 1, row == 1, row == 1 ? 1.0 : 0.0, 10, null);
                        }
                    }
                })
                .thenConsumeWhile(message -> !"completed".equals(message.get("status")))
                .assertNext(message -> assertThat(message).containsEntry("scored_calls", 8L).containsEntry("passed", 6L))
                .expectComplete()
                .verify(Duration.ofSeconds(30));
        StepVerifier.create(progress.of(uniqueId("none"))).expectError(ExperimentNotFoundException.class).verify(Duration.ofSeconds(10));
    }

    @Test
    void should_describe_the_experiment_routes_in_the_openapi_document() {
        // when
        String document = client.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        // then
        assertThat(document).contains("/api/experiments/{experimentId}/results").contains("/api/experiments/{experimentId}/compare")
                .contains("/api/experiments/{experimentId}/cancel").contains("dakora.experiments.max-calls");
    }

    private Submitted submit() {
        return submit(Experiments.template(client));
    }

    private Submitted submit(String template) {
        String dataset = Experiments.dataset(client, "city,__expected\nParis,Paris\nRome,Rome\n");
        Map<String, Object> accepted = client.post().uri("/api/experiments").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Experiments.spec(template, dataset, null)).exchange().expectStatus().isAccepted()
                .expectBody(MAP).returnResult().getResponseBody();
        Map<String, String> batches = new java.util.LinkedHashMap<>();
        for (Object column : (List<?>) accepted.get("columns")) {
            batches.put((String) map(column).get("version"), (String) map(column).get("batch_id"));
        }
        return new Submitted((String) accepted.get("experiment_id"), template, batches);
    }

    private Map<String, Object> get(String uri) {
        return client.get().uri(uri).exchange().expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();
    }

    /** An accepted experiment: 2 rows x versions 1.0.0 and 1.1.0 x echo x 2 samples. */
    private record Submitted(String id, String template, Map<String, String> batches) {
    }

    private void finishBatches(Submitted experiment, String status) {
        SinkRows sink = new SinkRows(db);
        experiment.batches().values().forEach(batch -> sink.batch(batch, status, 2, 2, 4, 4, BigDecimal.ZERO, Instant.now()));
    }

    private void score(Submitted experiment, int row, String version, int sample, boolean passed, double score, long latencyMs,
                       String cost) {
        db.sql("""
                        INSERT INTO experiment_results (call_id, experiment_id, job_id, batch_id, dataset_row, row_index, version,
                            model, sample, succeeded, passed, score, latency_ms, cost_usd, priced, judge_cost_usd, tokens_in,
                            tokens_out, output, error, assertions, scored_at)
                        VALUES (:call, :experiment, :job, :batch, :row, :index, :version, 'echo', :sample, true, :passed, :score,
                            :latency, CAST(:cost AS numeric), :priced, 0, 5, 7, 'Paris', NULL, CAST(:assertions AS jsonb), :at)""")
                .bind("call", UUID.randomUUID().toString()).bind("experiment", experiment.id())
                .bind("job", experiment.batches().get(version) + "-" + (row - 1)).bind("batch", experiment.batches().get(version))
                .bind("row", row).bind("index", row - 1).bind("version", version).bind("sample", sample)
                .bind("passed", passed).bind("score", score).bind("latency", latencyMs)
                .bind("cost", cost == null ? "0" : cost).bind("priced", cost != null)
                .bind("assertions", "[{\"type\":\"icontains\",\"passed\":" + passed + ",\"score\":" + score + ",\"weight\":1,\"reason\":null}]")
                .bind("at", OffsetDateTime.now(ZoneOffset.UTC))
                .then().block();
    }
}
