package dev.dakora.gateway.jobs;

import dev.dakora.gateway.support.GatewayTest;
import dev.dakora.gateway.support.SinkRows;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static dev.dakora.gateway.support.Bodies.MAP;
import static dev.dakora.gateway.support.Bodies.map;
import static dev.dakora.gateway.support.Bodies.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExecutionRoutesTest extends GatewayTest {

    private static final Instant DAY = Instant.parse("2026-04-01T10:00:00Z");

    @Test
    void should_filter_the_log_by_template_model_job_and_since_and_page_it_newest_first() {
        // given
        String template = givenCalls();

        // when
        List<Object> latencies = new ArrayList<>();
        String cursor = null;
        do {
            String uri = "/api/executions?template_id=" + template + "&model=echo/" + template + "&limit=3" + (cursor == null ? "" : "&cursor=" + cursor);
            Map<String, Object> page = client.get().uri(uri).exchange().expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();
            ((List<?>) page.get("items")).forEach(item -> latencies.add(map(item).get("latency_ms")));
            cursor = (String) page.get("next_cursor");
        } while (cursor != null);

        // then
        assertThat(latencies).containsExactly(100, 90, 80, 70, 60, 50, 40, 30, 20, 10);
        client.get().uri("/api/executions?template_id={t}&job_id={j}", template, template + "-job-3").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(2)
                .jsonPath("$.items[0].prompt_id").isEqualTo(template)
                .jsonPath("$.items[0].attempts").isEqualTo(1);
        client.get().uri("/api/executions?template_id={t}&since=2026-04-01T10:00:08Z", template).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(4);
        client.get().uri("/api/executions?since=yesterday").exchange().expectStatus().isBadRequest();
        client.get().uri("/api/executions?limit=0").exchange().expectStatus().isBadRequest();
    }

    @Test
    void should_page_the_calls_of_one_status_within_the_other_filters() {
        // given
        String template = givenCalls();

        // when
        List<Object> failed = new ArrayList<>();
        String cursor = null;
        do {
            String uri = "/api/executions?template_id=" + template + "&status=failed&until=2026-04-01T10:00:08Z&limit=3"
                    + (cursor == null ? "" : "&cursor=" + cursor);
            Map<String, Object> page = client.get().uri(uri).exchange().expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();
            ((List<?>) page.get("items")).forEach(item -> failed.add(map(item).get("job_id") + " " + map(item).get("status")));
            cursor = (String) page.get("next_cursor");
        } while (cursor != null);

        // then
        assertThat(failed).containsExactly(IntStream.iterate(7, i -> i >= 0, i -> i - 1)
                .mapToObj(i -> template + "-job-" + i + " failed").toArray());
        client.get().uri("/api/executions?template_id={t}&status=succeeded&model=openai/gpt-4o", template).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(0);
        client.get().uri("/api/executions?template_id={t}&status=cancelled", template).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(0);
    }

    @Test
    void should_refuse_an_unknown_status_or_a_bad_until_naming_the_parameter() {
        // given / when / then
        client.get().uri("/api/executions?status=ok").exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("status")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("succeeded, failed, cancelled"));
        client.get().uri("/api/executions?until=tomorrow").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("until");
        client.get().uri("/api/stats?until=2026-13-01").exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("until");
    }

    @Test
    void should_aggregate_only_the_calls_before_until() {
        // given
        String template = givenCalls();

        // when
        Map<String, Object> stats = client.get().uri("/api/stats?group_by=template&since=2026-04-01T10:00:02Z&until=2026-04-01T10:00:05Z")
                .exchange().expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();
        Map<String, Object> open = client.get().uri("/api/stats?group_by=template&since=2026-04-01T10:00:02Z")
                .exchange().expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();

        // then
        assertThat(stats).containsEntry("since", "2026-04-01T10:00:02Z").containsEntry("until", "2026-04-01T10:00:05Z");
        assertThat(group(stats, template)).containsEntry("calls", 6).containsEntry("errors", 3);
        assertThat(open).containsEntry("until", null);
        assertThat(group(open, template)).containsEntry("calls", 16);
    }

    @Test
    void should_aggregate_calls_errors_cost_and_latency_percentiles_per_model() {
        // given
        String template = givenCalls();

        // when
        Map<String, Object> stats = client.get().uri("/api/stats?group_by=model&since=2026-04-01").exchange().expectStatus().isOk()
                .expectBody(MAP).returnResult().getResponseBody();
        Map<String, Object> byTemplate = client.get().uri("/api/stats?group_by=template").exchange().expectStatus().isOk()
                .expectBody(MAP).returnResult().getResponseBody();

        // then
        assertThat(stats).containsEntry("group_by", "model").containsEntry("since", "2026-04-01T00:00:00Z");
        Map<String, Object> ofTemplate = group(byTemplate, template);
        assertThat(ofTemplate).containsEntry("calls", 20).containsEntry("errors", 10).containsEntry("tokens_in", 120);
        assertThat(new BigDecimal(ofTemplate.get("cost_usd").toString())).isEqualByComparingTo("0.0001");
        Map<String, Object> ofModel = group(stats, "echo/" + template);
        assertThat(ofModel).containsEntry("calls", 10).containsEntry("errors", 0);
        Map<String, Object> latency = map(ofModel.get("latency_ms"));
        assertThat(((Number) latency.get("p50")).doubleValue()).isCloseTo(55.0, within(1e-9));
        assertThat(((Number) latency.get("p95")).doubleValue()).isCloseTo(95.5, within(1e-9));
        assertThat(((Number) latency.get("p99")).doubleValue()).isCloseTo(99.1, within(1e-9));
        client.get().uri("/api/stats?group_by=provider").exchange().expectStatus().isBadRequest();
    }

    @Test
    void should_list_the_shipped_priced_models_and_echo() {
        // given / when / then
        client.get().uri("/api/models").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.model == 'openai/gpt-4o-mini')].provider").isEqualTo("openai")
                .jsonPath("$.items[?(@.model == 'echo')].input_per_million_usd").isEqualTo(0)
                .jsonPath("$.prices_as_of").isNotEmpty();
    }

    private static Map<String, Object> group(Map<String, Object> stats, String name) {
        return ((List<?>) stats.get("groups")).stream().map(g -> map(g)).filter(g -> name.equals(g.get("group")))
                .findFirst().orElseThrow();
    }

    /** Ten calls of model echo/<template id> (latency 10..100 ms, priced 0.00001 each) and ten failed calls of another model, one second apart. */
    private String givenCalls() {
        String template = uniqueId("log");
        SinkRows rows = new SinkRows(db);
        for (int i = 0; i < 10; i++) {
            String job = template + "-job-" + i;
            rows.execution(job, null, null, template, "echo/" + template, "out", (i + 1) * 10L, new BigDecimal("0.00001"), null, DAY.plusSeconds(i));
            rows.execution(job, null, null, template, "openai/gpt-4o", null, 100L, null, "quota", DAY.plusSeconds(i));
        }
        return template;
    }
}
