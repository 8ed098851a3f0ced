package dev.dakora.gateway.jobs;

import dev.dakora.gateway.support.GatewayTest;
import dev.dakora.gateway.support.SinkRows;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static dev.dakora.gateway.support.Bodies.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

class ResultDetailRoutesTest extends GatewayTest {

    private static final Instant AT = Instant.parse("2026-05-02T09:00:00Z");

    @Test
    void should_answer_one_call_in_full_with_the_prompt_it_was_sent() {
        // given
        String job = uniqueId("detail");
        new SinkRows(db).execution(job, "b-" + job, 3, "greeting", "echo", "Hello Ada!", 42, new BigDecimal("0.0002"), null, AT);
        db.sql("UPDATE executions SET prompt = 'Say hello to Ada' WHERE job_id = :job").bind("job", job).then().block();

        // when / then
        client.get().uri("/api/executions/{id}", job + ":echo:0").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.call_id").isEqualTo(job + ":echo:0")
                .jsonPath("$.batch_id").isEqualTo("b-" + job)
                .jsonPath("$.row_index").isEqualTo(3)
                .jsonPath("$.template_id").isEqualTo("greeting")
                .jsonPath("$.prompt").isEqualTo("Say hello to Ada")
                .jsonPath("$.output").isEqualTo("Hello Ada!")
                .jsonPath("$.inputs.name").isEqualTo("Ada, \"A\"")
                .jsonPath("$.tokens_in").isEqualTo(12)
                .jsonPath("$.cost_usd").isEqualTo(0.0002)
                .jsonPath("$.latency_ms").isEqualTo(42)
                .jsonPath("$.attempts").isEqualTo(1)
                .jsonPath("$.status").isEqualTo("succeeded")
                .jsonPath("$.created_at").isEqualTo("2026-05-02T09:00:00Z");
    }

    @Test
    void should_answer_a_failed_call_with_its_error_and_a_null_prompt_when_none_was_logged() {
        // given
        String job = uniqueId("detail");
        new SinkRows(db).execution(job, null, null, "greeting", "openai/gpt-4o", null, 7, null, "quota exceeded", AT);

        // when / then
        client.get().uri("/api/executions/{id}", job + ":openai/gpt-4o:0").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("failed")
                .jsonPath("$.error").isEqualTo("quota exceeded")
                .jsonPath("$.prompt").isEmpty()
                .jsonPath("$.output").isEmpty();
    }

    @Test
    void should_name_each_result_rows_call_so_its_detail_can_be_opened() {
        // given
        String batch = uniqueId("cells");
        SinkRows rows = new SinkRows(db);
        rows.batch(batch, "completed", 1, 1, 1, 1, BigDecimal.ZERO, AT);
        rows.execution(batch + "-0", batch, 0, "greeting", "echo", "Hello Ada!", 5, BigDecimal.ZERO, null, AT);

        // when
        String callId = client.get().uri("/api/batches/{id}/results", batch).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody().replaceAll("(?s).*\"call_id\":\"([^\"]+)\".*", "$1");

        // then
        client.get().uri("/api/executions/{id}", callId).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.row_index").isEqualTo(0).jsonPath("$.output").isEqualTo("Hello Ada!");
        client.get().uri("/api/batches/{id}/results?format=csv", batch).exchange().expectStatus().isOk()
                .expectBody(String.class).value(csv -> assertThat(csv).doesNotContain("call_id"));
    }

    @Test
    void should_answer_404_with_a_problem_for_an_unknown_call() {
        client.get().uri("/api/executions/{id}", "no-such-call").exchange().expectStatus().isNotFound().expectBody()
                .jsonPath("$.detail").isEqualTo("no call 'no-such-call' is logged");
    }

    @Test
    void should_list_a_batchs_failed_rows_by_row_with_their_reasons_and_not_its_completed_ones() {
        // given
        String batch = uniqueId("fails");
        SinkRows rows = new SinkRows(db);
        rows.batch(batch, "completed", 3, 3, 3, 1, BigDecimal.ZERO, AT);
        rows.job(batch + "-2", "failed", "greeting", batch, 2, null, "render failed: 'name' is undefined", AT);
        rows.job(batch + "-0", "failed", "greeting", batch, 0, null, "render failed: 'name' is undefined", AT);
        rows.job(batch + "-1", "completed", "greeting", batch, 1, "{}", null, AT);

        // when / then
        client.get().uri("/api/batches/{id}/failures", batch).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.batch_id").isEqualTo(batch)
                .jsonPath("$.items.length()").isEqualTo(2)
                .jsonPath("$.items[0].row_index").isEqualTo(0)
                .jsonPath("$.items[1].row_index").isEqualTo(2)
                .jsonPath("$.items[0].status").isEqualTo("failed")
                .jsonPath("$.items[0].error").isEqualTo("render failed: 'name' is undefined")
                .jsonPath("$.items[0].inputs.name").isEqualTo("Ada")
                .jsonPath("$.truncated").isEqualTo(false);
        client.get().uri("/api/batches/{id}/failures?limit=1", batch).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.truncated").isEqualTo(true);
    }

    @Test
    void should_refuse_failures_of_an_unknown_batch_or_with_a_bad_limit() {
        client.get().uri("/api/batches/{id}/failures", "no-such-batch").exchange().expectStatus().isNotFound();
        client.get().uri("/api/batches/{id}/failures?limit=zero", "no-such-batch").exchange().expectStatus().isBadRequest();
    }
}
