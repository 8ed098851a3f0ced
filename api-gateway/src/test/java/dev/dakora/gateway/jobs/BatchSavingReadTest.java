package dev.dakora.gateway.jobs;

import dev.dakora.common.model.BatchDiscounts;
import dev.dakora.common.model.ModelName;
import dev.dakora.common.model.PriceFile;
import dev.dakora.common.model.PriceTable;
import dev.dakora.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.dakora.gateway.support.Bodies.MAP;
import static dev.dakora.gateway.support.Bodies.greeting;
import static dev.dakora.gateway.support.Bodies.map;
import static dev.dakora.gateway.support.Bodies.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

/** The batch read model shows what the batch lane saved: its logged calls at list price, and that less their cost. */
class BatchSavingReadTest extends GatewayTest {

    private static final PriceTable PRICES = PriceFile.shipped();
    private static final ModelName MINI = new ModelName("openai/gpt-4o-mini", "openai", "gpt-4o-mini");

    @Test
    void should_show_the_list_price_and_the_saving_of_a_batch_lane_batch_in_the_batch_and_the_list() {
        // given: two calls logged at the batch discount, as the LLM worker prices them
        String id = createTemplate();
        String batchId = submit(id, Map.of("lane", "batch"), "openai/gpt-4o-mini");
        BigDecimal cost = BatchDiscounts.shipped().cost(PRICES, MINI, 1_000, 200).usd();
        logCall(batchId, 0, "openai/gpt-4o-mini", 1_000, 200, cost);
        logCall(batchId, 1, "openai/gpt-4o-mini", 1_000, 200, cost);

        // when
        Map<String, Object> batch = batch(batchId);
        Map<String, Object> listed = map(((List<?>) client.get().uri("/api/batches?template_id={id}", id).exchange()
                .expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody().get("items")).getFirst());

        // then
        BigDecimal list = PRICES.cost(MINI, 2_000, 400).usd();
        assertThat(decimal(batch, "list_price_usd")).isEqualByComparingTo(list);
        assertThat(decimal(batch, "saving_usd")).isEqualByComparingTo(list.subtract(cost.add(cost))).isPositive();
        assertThat(decimal(listed, "list_price_usd")).isEqualByComparingTo(list);
        assertThat(decimal(listed, "saving_usd")).isEqualByComparingTo(decimal(batch, "saving_usd"));
    }

    @Test
    void should_show_no_saving_for_an_online_batch() {
        // given
        String id = createTemplate();
        String batchId = submit(id, Map.of(), "openai/gpt-4o-mini");
        logCall(batchId, 0, "openai/gpt-4o-mini", 1_000, 200, PRICES.cost(MINI, 1_000, 200).usd());

        // when
        Map<String, Object> batch = batch(batchId);

        // then
        assertThat(batch).containsEntry("lane", "online").containsEntry("list_price_usd", null).containsEntry("saving_usd", null);
    }

    @Test
    void should_show_no_saving_for_a_batch_lane_batch_whose_model_has_no_price() {
        // given
        String id = createTemplate();
        String batchId = submit(id, Map.of("lane", "batch"), "openai/gpt-unlisted");
        logCall(batchId, 0, "openai/gpt-unlisted", 1_000, 200, null);

        // when
        Map<String, Object> batch = batch(batchId);

        // then
        assertThat(batch).containsEntry("lane", "batch").containsEntry("list_price_usd", null).containsEntry("saving_usd", null);
    }

    private String submit(String templateId, Map<String, Object> params, String model) {
        Map<String, Object> body = new HashMap<>(Map.of("template_id", templateId, "models", List.of(model),
                "inputs", List.of(Map.of("name", "Ada"), Map.of("name", "Bo"))));
        body.put("params", params);
        return (String) client.post().uri("/api/batches").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isAccepted().expectBody(MAP).returnResult().getResponseBody().get("batch_id");
    }

    /** One call's row as the log sink writes it: priced when {@code cost} is given. */
    private void logCall(String batchId, int row, String model, long tokensIn, long tokensOut, BigDecimal cost) {
        var spec = db.sql("""
                        INSERT INTO executions (call_id, job_id, batch_id, row_index, prompt_id, version, inputs_json,
                                                output_text, provider, model, tokens_in, tokens_out, cost_usd, priced,
                                                latency_ms, status, error, attempts, created_at)
                        VALUES (:call, :job, :batch, :row, 't', '1.0.0', '{}', 'Hi', 'openai', :model, :tin, :tout, :cost,
                                :priced, 5, 'succeeded', NULL, 1, :created)""")
                .bind("call", batchId + "-" + row + ":" + model + ":0").bind("job", batchId + "-" + row)
                .bind("batch", batchId).bind("row", row).bind("model", model).bind("tin", tokensIn).bind("tout", tokensOut)
                .bind("priced", cost != null).bind("created", OffsetDateTime.now(ZoneOffset.UTC));
        (cost == null ? spec.bindNull("cost", BigDecimal.class) : spec.bind("cost", cost)).then().block();
    }

    private Map<String, Object> batch(String batchId) {
        return client.get().uri("/api/batches/{id}", batchId).exchange().expectStatus().isOk()
                .expectBody(MAP).returnResult().getResponseBody();
    }

    private static BigDecimal decimal(Map<String, Object> batch, String field) {
        return new BigDecimal(String.valueOf(batch.get(field)));
    }

    private String createTemplate() {
        String id = uniqueId("lane-saving");
        client.post().uri("/api/templates").contentType(MediaType.APPLICATION_JSON).bodyValue(greeting(id))
                .exchange().expectStatus().isCreated();
        return id;
    }
}
