package dev.dakora.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import tools.jackson.databind.JsonNode;

/** The HTTP steps the end-to-end tests take: templates, jobs, batches and the execution log. */
final class PipelineSteps {

    static final String TEMPLATE = "summary";
    static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Set<String> FINAL = Set.of("completed", "failed", "cancelled");

    private final Http http;

    PipelineSteps(Http http) {
        this.http = http;
    }

    /** A template whose prompt is four words: "Summarise item {item} please". */
    void createTemplate() throws Exception {
        Http.Response created = http.post("/api/templates", Map.of(
                "id", TEMPLATE,
                "template", "Summarise item {{ item }} please",
                "inputs", Map.of("item", Map.of("type", "string", "required", true))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    String submitCompare(String item, List<String> models, Map<String, String> headers) throws Exception {
        Http.Response accepted = http.post("/api/jobs", Map.of("type", "compare", "template_id", TEMPLATE,
                "inputs", Map.of("item", item), "models", models), headers);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        return accepted.json().get("job_id").asString();
    }

    JsonNode awaitJob(String jobId) {
        return awaitJson("/api/jobs/" + jobId, job -> FINAL.contains(job.path("status").asString("")));
    }

    String submitBatch(List<String> models, int rows, String prefix) throws Exception {
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            inputs.add(Map.of("item", prefix + "-" + row));
        }
        Http.Response accepted = http.post("/api/batches", Map.of("template_id", TEMPLATE, "models", models,
                "inputs", inputs, "name", prefix));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.json().get("total_calls").asLong()).isEqualTo((long) rows * models.size());
        return accepted.json().get("batch_id").asString();
    }

    JsonNode awaitBatch(String batchId) {
        return awaitJson("/api/batches/" + batchId, batch -> FINAL.contains(batch.path("status").asString("")));
    }

    JsonNode batch(String batchId) throws Exception {
        return http.get("/api/batches/" + batchId).json();
    }

    /** Every execution row matching the query, following the cursor. */
    List<JsonNode> executions(String query) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        String cursor = null;
        do {
            String page = "/api/executions?" + query + "&limit=1000" + (cursor == null ? "" : "&cursor=" + cursor);
            Http.Response response = http.get(page);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            response.json().get("items").forEach(rows::add);
            JsonNode next = response.json().get("next_cursor");
            cursor = next == null || next.isNull() ? null : next.asString();
        } while (cursor != null);
        return rows;
    }

    Http.Response get(String path) throws Exception {
        return http.get(path);
    }

    private JsonNode awaitJson(String path, java.util.function.Predicate<JsonNode> done) {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
            Http.Response response = http.get(path);
            if (response.status() != 200) {
                return false;
            }
            last.set(response.json());
            return done.test(last.get());
        });
        return last.get();
    }
}
