package dev.dakora.gateway.jobs;

import dev.dakora.common.event.JobCancelled;
import dev.dakora.gateway.support.GatewayTest;
import dev.dakora.gateway.support.SinkRows;
import dev.dakora.gateway.support.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.dakora.gateway.support.Bodies.MAP;
import static dev.dakora.gateway.support.Bodies.greeting;
import static dev.dakora.gateway.support.Bodies.map;
import static dev.dakora.gateway.support.Bodies.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

class JobReadTest extends GatewayTest {

    private static final String RESULT = """
            {"results":[{"output":"Hello Ada!","provider":"echo","model":"echo","tokens_in":3,"tokens_out":3,
            "cost_usd":0,"latency_ms":5,"error":null}],"total_cost_usd":0,"total_tokens_in":3,"total_tokens_out":3,
            "total_time_ms":5,"successful_count":1,"failed_count":0}""";

    @Test
    void should_show_a_completed_job_with_its_result_when_the_sink_has_its_row() {
        // given
        String jobId = uniqueId("done");
        new SinkRows(db).job(jobId, "completed", "greet", null, null, RESULT, null, Instant.parse("2026-01-02T03:04:05Z"));

        // when
        Map<String, Object> job = client.get().uri("/api/jobs/{id}", jobId).exchange().expectStatus().isOk()
                .expectBody(MAP).returnResult().getResponseBody();

        // then
        assertThat(job).containsEntry("job_id", jobId).containsEntry("type", "compare").containsEntry("status", "completed")
                .containsEntry("template_id", "greet").containsEntry("created_at", "2026-01-02T03:04:05Z")
                .containsEntry("completed_at", "2026-01-02T03:04:06Z").containsEntry("rendered", "Hello Ada!")
                .doesNotContainKey("error");
        assertThat(map(job.get("result"))).containsEntry("successful_count", 1);
    }

    @Test
    void should_answer_queued_from_the_submission_when_the_sink_has_not_seen_the_job_and_404_when_unknown() {
        // given
        String jobId = submitRender();

        // when / then
        client.get().uri("/api/jobs/{id}", jobId).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("queued").jsonPath("$.version").isEqualTo("1.0.0");
        client.get().uri("/api/jobs/{id}", uniqueId("never")).exchange().expectStatus().isNotFound();
    }

    @Test
    void should_page_jobs_newest_first_with_filters() {
        // given
        String template = uniqueId("paged");
        SinkRows rows = new SinkRows(db);
        Instant start = Instant.parse("2026-02-01T00:00:00Z");
        for (int i = 0; i < 5; i++) {
            rows.job(template + "-" + i, i == 4 ? "failed" : "completed", template, null, null, null, i == 4 ? "boom" : null,
                    start.plusSeconds(i));
        }

        // when
        List<Object> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String uri = "/api/jobs?template_id=" + template + "&limit=2" + (cursor == null ? "" : "&cursor=" + cursor);
            Map<String, Object> page = client.get().uri(uri).exchange().expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();
            ((List<?>) page.get("items")).forEach(item -> ids.add(map(item).get("job_id")));
            cursor = (String) page.get("next_cursor");
            pages++;
        } while (cursor != null);

        // then
        assertThat(pages).isEqualTo(3);
        assertThat(ids).containsExactly(template + "-4", template + "-3", template + "-2", template + "-1", template + "-0");
        client.get().uri("/api/jobs?template_id={t}&status=failed", template).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(1).jsonPath("$.items[0].error").isEqualTo("boom");
        client.get().uri("/api/jobs?cursor=bogus").exchange().expectStatus().isBadRequest();
        client.get().uri("/api/jobs?status=lost").exchange().expectStatus().isBadRequest();
    }

    @Test
    void should_publish_job_cancelled_for_a_queued_job_and_answer_409_for_a_final_one() {
        // given
        String queued = submitRender();
        String done = uniqueId("final");
        new SinkRows(db).job(done, "completed", "greet", null, null, RESULT, null, Instant.now());

        // when
        client.post().uri("/api/jobs/{id}/cancel", queued).exchange().expectStatus().isAccepted()
                .expectBody().jsonPath("$.cancel_requested").isEqualTo(true);

        // then
        assertThat(TopicProbe.commands(queued, 2)).last().isInstanceOfSatisfying(JobCancelled.class,
                cancelled -> assertThat(cancelled.jobId()).isEqualTo(queued));
        client.post().uri("/api/jobs/{id}/cancel", done).exchange().expectStatus().isEqualTo(409);
        client.post().uri("/api/jobs/{id}/cancel", uniqueId("never")).exchange().expectStatus().isNotFound();
    }

    private String submitRender() {
        String id = uniqueId("read");
        client.post().uri("/api/templates").contentType(MediaType.APPLICATION_JSON).bodyValue(greeting(id))
                .exchange().expectStatus().isCreated();
        return (String) client.post().uri("/api/jobs").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("type", "render", "template_id", id, "inputs", Map.of("name", "Ada")))
                .exchange().expectStatus().isAccepted().expectBody(MAP).returnResult().getResponseBody().get("job_id");
    }
}
