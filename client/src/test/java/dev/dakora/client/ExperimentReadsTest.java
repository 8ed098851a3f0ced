package dev.dakora.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The experiment reads against a JDK server answering the gateway's shapes (the test gateway has no
 * pipeline to score anything): progress while waiting, result pages followed to the end, comparisons.
 */
class ExperimentReadsTest {

    private static final String RUNNING = experiment("running", 1);
    private static final String COMPLETED = experiment("completed", 2);

    private HttpServer server;
    private Dakora dakora;
    private final AtomicInteger polls = new AtomicInteger();
    private final List<String> queries = new CopyOnWriteArrayList<>();

    private static String experiment(String status, int scored) {
        return """
                {"experiment_id":"e-1","name":"capitals","template_id":"t","versions":["1.0.0"],"models":["echo"],"samples":1,
                 "dataset":{"name":"d","version":"1"},"pass_threshold":0.8,"assertions":[{"type":"contains","value":"P"}],
                 "status":"%s","total_rows":2,"total_calls":2,"scored_calls":%d,"passed":1,"render_failures":0,
                 "judge_cost_usd":0.0005,"created_at":"2026-01-01T00:00:00Z","completed_at":null,
                 "columns":[{"version":"1.0.0","model":"echo","batch_id":"b","results":%d,"passed":1,"failed_calls":0,
                   "pass_rate":0.5,"mean_score":0.5,"p50_latency_ms":10,"p95_latency_ms":20,"total_cost_usd":0.002,
                   "unpriced_calls":0,"cost_per_pass_usd":0.002,"judge_cost_usd":0.0005}]}""".formatted(status, scored, scored);
    }

    private static String result(int row) {
        return """
                {"row":%d,"version":"1.0.0","model":"echo","sample":0,"call_id":"c%d","succeeded":true,"passed":true,"score":1.0,
                 "output":"Paris","error":null,"latency_ms":10,"tokens_in":1,"tokens_out":1,"cost_usd":0.001,"judge_cost_usd":0,
                 "inputs":{"city":"Paris"},"expected":"Paris","assertions":[{"type":"contains","passed":true,"score":1.0,"weight":1,"reason":null}]}"""
                .formatted(row, row);
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            queries.add(path + (query == null ? "" : "?" + query));
            String body = switch (path) {
                case "/api/experiments/e-1" -> polls.incrementAndGet() < 3 ? RUNNING : COMPLETED;
                case "/api/experiments/e-1/results" -> query.contains("cursor=p2")
                        ? "{\"items\":[" + result(2) + "],\"next_cursor\":null}"
                        : "{\"items\":[" + result(1) + "],\"next_cursor\":\"p2\"}";
                case "/api/experiments/e-1/compare" -> """
                        {"baseline":"e-0","candidate":"e-1","regressed":0,"improved":1,"unchanged":0,"only_baseline":0,
                         "only_candidate":1,"rows":[{"row":1,"change":"improved","baseline":{"pass_share":0.0,"mean_score":0.2},
                         "candidate":{"pass_share":1.0,"mean_score":1.0},"score_delta":0.8},
                         {"row":2,"change":"only_candidate","baseline":null,"candidate":{"pass_share":1.0,"mean_score":1.0},"score_delta":null}]}""";
                default -> null;
            };
            byte[] bytes = (body == null ? "{\"status\":404,\"detail\":\"none\"}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", body == null ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        dakora = Dakora.builder().url("http://127.0.0.1:" + server.getAddress().getPort()).build();
    }

    @AfterEach
    void stop() {
        dakora.close();
        server.stop(0);
    }

    @Test
    void should_report_each_poll_and_answer_the_final_experiment_with_its_columns() {
        // given
        List<String> seen = new ArrayList<>();

        // when
        Experiment done = dakora.experiments().await("e-1", Duration.ofSeconds(30), progress -> seen.add(progress.status()
                + " " + progress.scoredCalls() + "/" + progress.totalCalls()));

        // then
        assertThat(seen).containsExactly("running 1/2", "running 1/2", "completed 2/2");
        assertThat(done.isFinal()).isTrue();
        assertThat(done.passThreshold()).isEqualTo(0.8);
        assertThat(done.columns()).singleElement().satisfies(column -> {
            assertThat(column.passRate()).isEqualTo(0.5);
            assertThat(column.p95LatencyMs()).isEqualTo(20L);
            assertThat(column.costPerPassUsd()).isEqualByComparingTo("0.002");
        });
    }

    @Test
    void should_give_up_waiting_with_a_timeout_that_names_the_experiment() {
        // when / then
        assertThatThrownBy(() -> dakora.experiments().await("e-1", Duration.ZERO, progress -> { }))
                .isInstanceOf(JobTimeoutException.class).hasMessageContaining("e-1").hasMessageContaining("running");
    }

    @Test
    void should_follow_the_result_pages_to_the_end() {
        // when
        List<ExperimentResult> results = dakora.experiments().allResults("e-1");

        // then
        assertThat(results).extracting(ExperimentResult::row).containsExactly(1, 2);
        assertThat(results.getFirst().inputs()).containsEntry("city", "Paris");
        assertThat(results.getFirst().assertions().getFirst()).containsEntry("type", "contains");
        assertThat(queries).contains("/api/experiments/e-1/results?limit=5000", "/api/experiments/e-1/results?limit=5000&cursor=p2");
    }

    @Test
    void should_read_a_comparison_with_a_side_missing_and_send_the_chosen_column() {
        // when
        ExperimentComparison comparison = dakora.experiments().compare("e-1", "e-0", "1.0.0", "echo", 0.1);

        // then
        assertThat(comparison.improved()).isEqualTo(1);
        assertThat(comparison.onlyCandidate()).isEqualTo(1);
        assertThat(comparison.rows().get(0).baseline().meanScore()).isEqualTo(0.2);
        assertThat(comparison.rows().get(1).baseline()).isNull();
        assertThat(queries.getLast()).isEqualTo("/api/experiments/e-1/compare?baseline=e-0&version=1.0.0&model=echo&tolerance=0.1");
        assertThatThrownBy(() -> dakora.experiments().get("e-9")).isInstanceOf(NotFoundException.class);
    }
}
