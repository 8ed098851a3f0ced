package dev.dakora.gateway.datasets;

import dev.dakora.gateway.support.GatewayTest;
import dev.dakora.gateway.support.SinkRows;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.dakora.gateway.support.Bodies.MAP;
import static dev.dakora.gateway.support.Bodies.map;
import static dev.dakora.gateway.support.Bodies.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

class DatasetFromBatchTest extends GatewayTest {

    @Test
    void should_make_a_version_of_the_batch_rows_with_the_chosen_models_outputs_as_expected() {
        // given
        String batchId = completedBatch();
        String name = uniqueId("from-batch");

        // when
        fromBatch(name, Map.of("batch_id", batchId, "expected_model", "echo")).expectStatus().isCreated()
                .expectBody().jsonPath("$.source").isEqualTo("batch:" + batchId).jsonPath("$.row_count").isEqualTo(2);
        fromBatch(name, Map.of("batch_id", batchId)).expectStatus().isCreated().expectBody().jsonPath("$.version").isEqualTo("2");

        // then
        List<?> withExpected = rows(name, 1);
        assertThat(map(withExpected.getFirst())).containsEntry("row", 1).containsEntry("expected", "Hello Ada!")
                .containsEntry("inputs", Map.of("name", "Ada, \"A\""))
                .containsEntry("metadata", Map.of("batch_id", batchId, "row_index", 0));
        assertThat(map(withExpected.get(1))).containsEntry("expected", null);
        assertThat(rows(name, 2)).allSatisfy(row -> assertThat(map(row)).containsEntry("expected", null));
    }

    @Test
    void should_answer_404_409_400_and_413_for_unknown_unfinished_misnamed_and_oversized_batches() {
        // given
        String running = uniqueId("running");
        String huge = uniqueId("huge");
        SinkRows sink = new SinkRows(db);
        sink.batch(running, "running", 2, 1, 2, 1, BigDecimal.ZERO, Instant.now());
        sink.batch(huge, "completed", 10_001, 10_001, 10_001, 10_001, BigDecimal.ZERO, Instant.now());
        String done = completedBatch();
        String name = uniqueId("refused");

        // when / then
        fromBatch(name, Map.of("batch_id", uniqueId("never"))).expectStatus().isNotFound();
        fromBatch(name, Map.of("batch_id", running)).expectStatus().isEqualTo(409);
        fromBatch(name, Map.of("batch_id", done, "expected_model", "gpt-4o")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("expected_model");
        fromBatch(name, Map.of("expected_model", "echo")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("batch_id");
        fromBatch(name, Map.of("batch_id", huge)).expectStatus().isEqualTo(413);
        fromBatch("bad name", Map.of("batch_id", done)).expectStatus().isBadRequest();
        client.get().uri("/api/datasets/{name}", name).exchange().expectStatus().isNotFound();
    }

    private String completedBatch() {
        String batchId = uniqueId("batch");
        SinkRows sink = new SinkRows(db);
        Instant at = Instant.parse("2026-03-02T00:00:00Z");
        sink.batch(batchId, "completed", 2, 2, 2, 2, BigDecimal.ZERO, at);
        sink.execution(batchId + "-1", batchId, 1, "t", "echo", null, 9, null, "provider down", at);
        sink.execution(batchId + "-0", batchId, 0, "t", "echo", "Hello Ada!", 5, null, null, at.plusSeconds(1));
        return batchId;
    }

    private WebTestClient.ResponseSpec fromBatch(String name, Map<String, Object> body) {
        return client.post().uri("/api/datasets/{name}/versions/from-batch", name).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private List<?> rows(String name, int version) {
        Map<String, Object> page = client.get().uri("/api/datasets/{name}/versions/{v}/rows", name, version).exchange()
                .expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();
        return (List<?>) page.get("items");
    }
}
