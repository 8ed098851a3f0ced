package dev.dakora.gateway.jobs;

import dev.dakora.common.event.JobCancelled;
import dev.dakora.common.event.JobCommand;
import dev.dakora.gateway.support.GatewayTest;
import dev.dakora.gateway.support.SinkRows;
import dev.dakora.gateway.support.TopicProbe;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.dakora.gateway.support.Bodies.MAP;
import static dev.dakora.gateway.support.Bodies.map;
import static dev.dakora.gateway.support.Bodies.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

class BatchReadTest extends GatewayTest {

    @Test
    void should_show_batch_progress_from_the_sinks_row_and_404_for_an_unknown_batch() {
        // given
        String batchId = uniqueId("progress");
        new SinkRows(db).batch(batchId, "running", 3, 1, 6, 2, new BigDecimal("0.000052"), Instant.parse("2026-03-01T00:00:00Z"));

        // when
        Map<String, Object> batch = client.get().uri("/api/batches/{id}", batchId).exchange().expectStatus().isOk()
                .expectBody(MAP).returnResult().getResponseBody();

        // then
        assertThat(batch).containsEntry("status", "running").containsEntry("total_jobs", 3).containsEntry("completed_jobs", 1)
                .containsEntry("failed_jobs", 0).containsEntry("total_calls", 6).containsEntry("completed_calls", 2)
                .containsEntry("total_tokens_in", 10).containsEntry("created_at", "2026-03-01T00:00:00Z")
                .containsEntry("completed_at", null);
        assertThat(new BigDecimal(batch.get("total_cost_usd").toString())).isEqualByComparingTo("0.000052");
        client.get().uri("/api/batches/{id}", uniqueId("never")).exchange().expectStatus().isNotFound();
    }

    @Test
    void should_stream_one_result_per_row_and_model_as_json_jsonl_and_csv() {
        // given
        String batchId = givenBatchWithTwoCalls();

        // when
        List<?> json = client.get().uri("/api/batches/{id}/results", batchId).exchange().expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
        String jsonl = client.get().uri("/api/batches/{id}/results?format=jsonl", batchId).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        String csv = client.get().uri("/api/batches/{id}/results?format=csv", batchId).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/csv")
                .expectBody(String.class).returnResult().getResponseBody();

        // then
        assertThat(json).hasSize(2);
        assertThat(map(json.getFirst())).containsEntry("row_index", 0).containsEntry("model", "echo")
                .containsEntry("output", "Hello Ada!").containsEntry("error", null)
                .containsEntry("inputs", Map.of("name", "Ada, \"A\""));
        assertThat(map(json.get(1))).containsEntry("row_index", 1).containsEntry("error", "rate limited")
                .containsEntry("tokens_in", 0);
        assertThat(jsonl.strip().split("\n")).hasSize(2);
        assertThat(csv.split("\r\n")).containsExactly(
                "row_index,inputs,model,provider,output,tokens_in,tokens_out,cost_usd,latency_ms,error",
                "0,\"{\"\"name\"\":\"\"Ada, \\\"\"A\\\"\"\"\"}\",echo,echo,Hello Ada!,12,40,,5,",
                "1,\"{\"\"name\"\":\"\"Ada, \\\"\"A\\\"\"\"\"}\",openai/gpt-4o-mini,openai,,0,0,,9,rate limited");
        client.get().uri("/api/batches/{id}/results?format=xml", batchId).exchange().expectStatus().isBadRequest();
        client.get().uri("/api/batches/{id}/results", uniqueId("never")).exchange().expectStatus().isNotFound();
    }

    @Test
    void should_cancel_only_the_unfinished_jobs_of_a_batch_and_answer_409_for_a_final_batch() {
        // given
        String batchId = uniqueId("cancel");
        SinkRows rows = new SinkRows(db);
        rows.batch(batchId, "running", 3, 1, 3, 1, BigDecimal.ZERO, Instant.now());
        rows.job(batchId + "-0", "completed", "t", batchId, 0, null, null, Instant.now());
        String finished = uniqueId("finished");
        rows.batch(finished, "completed", 1, 1, 1, 1, BigDecimal.ZERO, Instant.now());

        // when
        client.post().uri("/api/batches/{id}/cancel", batchId).exchange().expectStatus().isAccepted()
                .expectBody().jsonPath("$.cancel_requested_jobs").isEqualTo(2);

        // then
        List<JobCommand> second = TopicProbe.commands(batchId + "-1", 1);
        assertThat(second).singleElement().isInstanceOfSatisfying(JobCancelled.class,
                cancelled -> assertThat(cancelled.batchId()).isEqualTo(batchId));
        assertThat(TopicProbe.commands(batchId + "-2", 1)).singleElement().isInstanceOf(JobCancelled.class);
        client.post().uri("/api/batches/{id}/cancel", finished).exchange().expectStatus().isEqualTo(409);
    }

    private String givenBatchWithTwoCalls() {
        String batchId = uniqueId("results");
        SinkRows rows = new SinkRows(db);
        Instant at = Instant.parse("2026-03-02T00:00:00Z");
        rows.batch(batchId, "completed", 2, 2, 2, 2, BigDecimal.ZERO, at);
        rows.execution(batchId + "-1", batchId, 1, "t", "openai/gpt-4o-mini", null, 9, null, "rate limited", at);
        rows.execution(batchId + "-0", batchId, 0, "t", "echo", "Hello Ada!", 5, null, null, at.plusSeconds(1));
        return batchId;
    }
}
