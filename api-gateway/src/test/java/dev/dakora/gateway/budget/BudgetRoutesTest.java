package dev.dakora.gateway.budget;

import dev.dakora.gateway.support.GatewayTest;
import dev.dakora.gateway.support.SinkRows;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.dakora.gateway.support.Bodies.MAP;
import static dev.dakora.gateway.support.Bodies.map;
import static dev.dakora.gateway.support.Bodies.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client's budget through the routes: with auth off every caller is {@code anonymous}, whose budget is
 * the per-key one. Spend is what the execution log holds for the client's submissions.
 */
@TestPropertySource(properties = {"dakora.budgets.per-key.limit-usd=0.01", "dakora.budgets.per-key.period=day",
        "dakora.budgets.spend-cache=0s"})
class BudgetRoutesTest extends GatewayTest {

    @Test
    void should_refuse_priced_submissions_with_402_naming_the_numbers_once_logged_spend_and_estimate_pass_the_budget() {
        // given: a job accepted under the budget, whose call the log sink then logged at 0.0095 USD
        String id = uniqueId("budget");
        client.post().uri("/api/templates").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", id, "template", "Hi {{ name }}", "inputs", Map.of("name", Map.of("type", "string"))))
                .exchange().expectStatus().isCreated();
        Map<String, Object> accepted = submit(id, "openai/gpt-4o").expectStatus().isAccepted()
                .expectBody(MAP).returnResult().getResponseBody();
        new SinkRows(db).execution((String) accepted.get("job_id"), null, null, id, "openai/gpt-4o", "Hi", 10,
                new BigDecimal("0.0095"), null, Instant.now());

        // when
        Map<String, Object> budgets = client.get().uri("/api/budgets").exchange().expectStatus().isOk()
                .expectBody(MAP).returnResult().getResponseBody();
        Map<String, Object> refused = submit(id, "openai/gpt-4o").expectStatus().isEqualTo(402)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(MAP).returnResult().getResponseBody();

        // then
        Map<String, Object> own = map(((List<?>) budgets.get("items")).getFirst());
        assertThat(own).containsEntry("scope", "key").containsEntry("client", "anonymous").containsEntry("period", "day");
        assertThat(own).containsOnlyKeys("scope", "client", "period", "period_start", "resets_at", "limit_usd", "spent_usd",
                "remaining_usd");
        assertThat(decimal(own.get("spent_usd"))).isEqualByComparingTo("0.0095");
        assertThat(decimal(own.get("remaining_usd"))).isEqualByComparingTo("0.0005");
        assertThat(refused).containsEntry("status", 402).containsEntry("period", "day").containsEntry("client", "anonymous");
        assertThat(decimal(refused.get("spent_usd"))).isEqualByComparingTo("0.0095");
        assertThat(decimal(refused.get("limit_usd"))).isEqualByComparingTo("0.01");
        assertThat(decimal(refused.get("estimate_usd"))).isPositive();
        assertThat((String) refused.get("detail")).contains("0.0095", "0.01", "nothing was submitted");
        client.post().uri("/api/batches").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("template_id", id, "models", List.of("openai/gpt-4o"), "inputs", List.of(Map.of("name", "Ada"))))
                .exchange().expectStatus().isEqualTo(402);
        client.post().uri("/api/templates/{id}/compare", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("inputs", Map.of("name", "Ada"), "models", List.of("openai/gpt-4o")))
                .exchange().expectStatus().isEqualTo(402);
        // a free model still runs, and an estimate is never refused
        submit(id, "echo").expectStatus().isAccepted();
        client.post().uri("/api/jobs?estimate=true").contentType(MediaType.APPLICATION_JSON).bodyValue(job(id, "openai/gpt-4o"))
                .exchange().expectStatus().isOk();
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec submit(String id, String model) {
        return client.post().uri("/api/jobs").contentType(MediaType.APPLICATION_JSON).bodyValue(job(id, model)).exchange();
    }

    private static Map<String, Object> job(String id, String model) {
        return Map.of("type", "compare", "template_id", id, "inputs", Map.of("name", "Ada"), "models", List.of(model));
    }

    private static BigDecimal decimal(Object value) {
        return new BigDecimal(String.valueOf(value));
    }
}
