package dev.dakora.gateway.jobs;

import dev.dakora.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static dev.dakora.gateway.support.Bodies.MAP;
import static dev.dakora.gateway.support.Bodies.greeting;
import static dev.dakora.gateway.support.Bodies.map;
import static dev.dakora.gateway.support.Bodies.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/batches}: the batch history, newest first, paged and filtered. */
class BatchHistoryTest extends GatewayTest {

    private static final Instant DAY = Instant.parse("2026-04-01T00:00:00Z");

    @Test
    void should_list_a_templates_batches_newest_first_with_names_counts_and_times() {
        // given
        String template = uniqueId("history");
        sinkBatch("a-" + template, template, "first", "completed", DAY);
        sinkBatch("b-" + template, template, "second", "running", DAY.plusSeconds(60));
        sinkBatch("c-" + uniqueId("other"), uniqueId("other"), "elsewhere", "running", DAY.plusSeconds(30));

        // when
        List<?> items = items("/api/batches?template_id=" + template);

        // then
        assertThat(items).hasSize(2);
        assertThat(map(items.get(0))).containsEntry("batch_id", "b-" + template).containsEntry("name", "second")
                .containsEntry("template_id", template).containsEntry("version", "1.0.0").containsEntry("models", List.of("echo"))
                .containsEntry("status", "running").containsEntry("total_jobs", 4).containsEntry("completed_jobs", 2)
                .containsEntry("created_at", "2026-04-01T00:01:00Z").containsEntry("completed_at", null);
        assertThat(map(items.get(1))).containsEntry("batch_id", "a-" + template).containsEntry("status", "completed")
                .containsEntry("completed_at", "2026-04-01T00:00:05Z");
    }

    @Test
    void should_filter_by_status_and_by_a_time_range_whose_end_is_exclusive() {
        // given
        String template = uniqueId("range");
        sinkBatch("early-" + template, template, "early", "completed", DAY);
        sinkBatch("noon-" + template, template, "noon", "failed", DAY.plusSeconds(12 * 3600));
        sinkBatch("next-" + template, template, "next day", "completed", DAY.plusSeconds(24 * 3600));

        // when / then
        assertThat(ids("/api/batches?template_id=" + template + "&status=completed")).containsExactly("next-" + template, "early-" + template);
        assertThat(ids("/api/batches?template_id=" + template + "&since=2026-04-01T06:00:00Z")).containsExactly("next-" + template, "noon-" + template);
        assertThat(ids("/api/batches?template_id=" + template + "&since=2026-04-01&until=2026-04-02")).containsExactly("noon-" + template, "early-" + template);
        assertThat(ids("/api/batches?template_id=" + template + "&status=cancelled")).isEmpty();
    }

    @Test
    void should_page_with_a_cursor_until_next_cursor_is_null() {
        // given: five batches one second apart
        String template = uniqueId("pages");
        for (int i = 0; i < 5; i++) {
            sinkBatch("p" + i + "-" + template, template, "page " + i, "completed", DAY.plusSeconds(i));
        }

        // when
        Map<String, Object> first = page("/api/batches?limit=2&template_id=" + template);
        Map<String, Object> second = page("/api/batches?limit=2&template_id=" + template + "&cursor=" + first.get("next_cursor"));
        Map<String, Object> third = page("/api/batches?limit=2&template_id=" + template + "&cursor=" + second.get("next_cursor"));

        // then
        assertThat(names(first)).containsExactly("page 4", "page 3");
        assertThat(names(second)).containsExactly("page 2", "page 1");
        assertThat(names(third)).containsExactly("page 0");
        assertThat(third.get("next_cursor")).isNull();
    }

    @Test
    void should_list_a_just_submitted_batch_as_queued_named_after_its_template_and_time_when_it_has_no_name() {
        // given
        String template = uniqueId("fresh");
        client.post().uri("/api/templates").contentType(MediaType.APPLICATION_JSON).bodyValue(greeting(template))
                .exchange().expectStatus().isCreated();

        // when
        String batchId = (String) client.post().uri("/api/batches").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("template_id", template, "models", List.of("echo", "echo/b"), "inputs", List.of(Map.of("name", "Ada"))))
                .exchange().expectStatus().isAccepted().expectBody(MAP).returnResult().getResponseBody().get("batch_id");

        // then
        Map<String, Object> item = map(items("/api/batches?status=queued&template_id=" + template).getFirst());
        assertThat(item).containsEntry("batch_id", batchId).containsEntry("total_jobs", 1).containsEntry("total_calls", 2)
                .containsEntry("models", List.of("echo", "echo/b"));
        String created = (String) item.get("created_at");
        assertThat((String) item.get("name")).isEqualTo(template + " " + Instant.parse(created).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        client.get().uri("/api/batches/{id}", batchId).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.name").isEqualTo(item.get("name"));
    }

    @Test
    void should_answer_400_problem_details_for_an_unknown_status_a_bad_time_a_bad_limit_or_a_foreign_cursor() {
        // given / when / then
        for (String query : List.of("status=done", "since=yesterday", "until=2026-13-01", "limit=0", "cursor=bm90LWEtY3Vyc29y")) {
            client.get().uri("/api/batches?" + query).exchange().expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.status").isEqualTo(400);
        }
    }

    @Test
    void should_refuse_a_name_longer_than_200_characters() {
        // given
        String template = uniqueId("long");

        // when / then
        client.post().uri("/api/batches").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("template_id", template, "models", List.of("echo"), "name", "n".repeat(201),
                        "inputs", List.of(Map.of("name", "Ada"))))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("name");
    }

    @Test
    void should_describe_the_history_and_the_dry_run_in_the_openapi_document() {
        // given / when
        Map<String, Object> openApi = client.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(MAP).returnResult().getResponseBody();

        // then
        Map<String, Object> batches = map(map(openApi.get("paths")).get("/api/batches"));
        assertThat((String) map(batches.get("get")).get("summary")).isEqualTo("List batches");
        assertThat((List<?>) map(batches.get("get")).get("parameters")).extracting(p -> map(p).get("name"))
                .contains("template_id", "status", "since", "until", "limit", "cursor");
        assertThat((List<?>) map(batches.get("post")).get("parameters")).extracting(p -> map(p).get("name")).contains("dry_run");
    }

    private List<?> items(String uri) {
        return (List<?>) page(uri).get("items");
    }

    private List<String> ids(String uri) {
        return items(uri).stream().map(item -> (String) map(item).get("batch_id")).toList();
    }

    private static List<String> names(Map<String, Object> page) {
        return ((List<?>) page.get("items")).stream().map(item -> (String) map(item).get("name")).toList();
    }

    private Map<String, Object> page(String uri) {
        return client.get().uri(uri).exchange().expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();
    }

    private void sinkBatch(String batchId, String templateId, String name, String status, Instant createdAt) {
        boolean done = !status.equals("queued") && !status.equals("running");
        var spec = db.sql("""
                        INSERT INTO batches (batch_id, name, template_id, version, models, status, total_jobs, completed_jobs,
                                             failed_jobs, total_calls, completed_calls, total_cost_usd, total_tokens_in,
                                             total_tokens_out, created_at, updated_at, completed_at)
                        VALUES (:batch, :name, :template, '1.0.0', '["echo"]', :status, 4, 2, 0, 4, 2, 0, 0, 0, :created,
                                :created, :completed)""")
                .bind("batch", batchId).bind("name", name).bind("template", templateId).bind("status", status)
                .bind("created", OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC));
        spec = done ? spec.bind("completed", OffsetDateTime.ofInstant(createdAt.plusSeconds(5), ZoneOffset.UTC))
                : spec.bindNull("completed", OffsetDateTime.class);
        spec.then().block();
    }
}
