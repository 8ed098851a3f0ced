package dev.dakora.gateway.jobs;

import dev.dakora.common.event.EventJson;
import dev.dakora.gateway.live.LiveSnapshots;
import dev.dakora.gateway.support.GatewayTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static dev.dakora.gateway.support.Bodies.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact bodies of the read routes of jobs, batches, the execution log and statistics, byte for byte:
 * field order, {@code null} against absent, and number forms (a {@code numeric} cost keeps its scale, a
 * tiny one its exponent; a percentile is a double).
 */
class ReadWireFormatTest extends GatewayTest {

    private static final String RESULT = "{\"results\":[{\"output\":\"Hello Ada!\",\"provider\":\"echo\",\"model\":\"echo\","
            + "\"tokens_in\":3,\"tokens_out\":3,\"cost_usd\":0.00042,\"latency_ms\":5,\"error\":null}],"
            + "\"total_cost_usd\":0.00042,\"total_tokens_in\":3,\"total_tokens_out\":3,\"total_time_ms\":5,"
            + "\"successful_count\":1,\"failed_count\":0}";
    /** {@link #RESULT} as jsonb keeps it: keys by length, then bytes. */
    private static final String STORED_RESULT = "{\"results\":[{\"error\":null,\"model\":\"echo\",\"output\":\"Hello Ada!\","
            + "\"cost_usd\":0.00042,\"provider\":\"echo\",\"tokens_in\":3,\"latency_ms\":5,\"tokens_out\":3}],"
            + "\"failed_count\":0,\"total_time_ms\":5,\"total_cost_usd\":0.00042,\"total_tokens_in\":3,"
            + "\"successful_count\":1,\"total_tokens_out\":3}";

    @Autowired
    private LiveSnapshots snapshots;

    private String t;

    @BeforeEach
    void givenRows() {
        t = uniqueId("wire");
        sql("INSERT INTO jobs (job_id, type, status, template_id, version, inputs, models, rendered, result, created_at,"
                + " updated_at, completed_at) VALUES ('%1$s-a', 'compare', 'completed', '%1$s', '1.0.0', '{}', '[\"echo\"]',"
                + " 'Hello Ada!', '" + RESULT + "', '2011-11-11T11:11:11.123Z', now(), '2011-11-11T11:11:12Z')");
        sql("INSERT INTO jobs (job_id, type, status, template_id, version, batch_id, row_index, rendered, error, created_at,"
                + " updated_at, completed_at) VALUES ('%1$s-b', 'compare', 'failed', '%1$s', '1.0.0', '%1$s-batch', 1, NULL,"
                + " 'boom', '2011-11-11T11:11:12Z', now(), '2011-11-11T11:11:13Z')");
        sql("INSERT INTO job_submissions (job_id, type, template_id, version, created_at)"
                + " VALUES ('%1$s-c', 'render', '%1$s', '1.0.0', '2011-11-11T11:11:13Z')");
        sql("INSERT INTO batches (batch_id, name, template_id, version, models, status, total_jobs, completed_jobs,"
                + " failed_jobs, total_calls, completed_calls, total_cost_usd, total_tokens_in, total_tokens_out, created_at,"
                + " updated_at) VALUES ('%1$s-batch', 'nightly', '%1$s', '1.0.0', '[\"echo\", \"echo/b\"]', 'running', 2, 1, 1,"
                + " 4, 2, 0.0000001, 12, 40, '2011-11-11T11:11:10Z', now())");
        sql("INSERT INTO batch_submissions (batch_id, name, template_id, version, models, total_jobs, total_calls, created_at,"
                + " lane) VALUES ('%1$s-queued', NULL, '%1$s', '1.0.0', '[\"echo\"]', 3, 3, '2011-11-11T11:11:20.5Z', 'batch')");
        sql("INSERT INTO executions (call_id, job_id, batch_id, row_index, prompt_id, version, inputs_json, output_text,"
                + " provider, model, tokens_in, tokens_out, cost_usd, priced, latency_ms, status, error, attempts, created_at)"
                + " VALUES ('%1$s-b:echo:0', '%1$s-b', '%1$s-batch', 1, '%1$s', '1.0.0', '{\"name\": \"Ada, \\\"A\\\"\", \"score\": 1.50}',"
                + " 'Hi, \"Ada\"', 'echo', '%1$s-m', 12, 40, 0.00420, true, 10, 'succeeded', NULL, 1, '2011-11-11T11:11:14Z'),"
                + " ('%1$s-b:echo/b:0', '%1$s-b', '%1$s-batch', 1, '%1$s', '1.0.0', '{\"name\": \"Bo\"}', NULL, 'echo',"
                + " '%1$s-n', 0, 0, NULL, false, 30, 'failed', 'no key', 2, '2011-11-11T11:11:15Z')");
    }

    @Test
    void should_write_a_completed_job_with_its_stored_result_and_without_unset_fields() {
        assertThat(get("/api/jobs/" + t + "-a")).isEqualTo(("{\"job_id\":\"%1$s-a\",\"type\":\"compare\",\"status\":\"completed\","
                + "\"template_id\":\"%1$s\",\"version\":\"1.0.0\",\"created_at\":\"2011-11-11T11:11:11.123Z\","
                + "\"completed_at\":\"2011-11-11T11:11:12Z\",\"rendered\":\"Hello Ada!\",\"result\":" + STORED_RESULT + "}").formatted(t));
    }

    @Test
    void should_write_a_failed_batch_job_with_its_row_and_error_and_a_queued_job_with_a_null_completion() {
        assertThat(get("/api/jobs/" + t + "-b")).isEqualTo(("{\"job_id\":\"%1$s-b\",\"type\":\"compare\",\"status\":\"failed\","
                + "\"template_id\":\"%1$s\",\"version\":\"1.0.0\",\"batch_id\":\"%1$s-batch\",\"row_index\":1,"
                + "\"created_at\":\"2011-11-11T11:11:12Z\",\"completed_at\":\"2011-11-11T11:11:13Z\",\"error\":\"boom\"}").formatted(t));
        assertThat(get("/api/jobs/" + t + "-c")).isEqualTo(queuedJob());
    }

    @Test
    void should_write_a_page_of_jobs_with_its_cursor_and_a_last_page_with_a_null_one() {
        String first = get("/api/jobs?template_id=" + t + "&limit=2");
        String cursor = cursor("2011-11-11T11:11:12Z", t + "-b");

        assertThat(first).isEqualTo("{\"items\":[" + queuedJob() + "," + get("/api/jobs/" + t + "-b") + "],\"next_cursor\":\""
                + cursor + "\"}");
        assertThat(get("/api/jobs?template_id=" + t + "&limit=2&cursor=" + cursor))
                .isEqualTo("{\"items\":[" + get("/api/jobs/" + t + "-a") + "],\"next_cursor\":null}");
    }

    @Test
    void should_write_a_batch_on_the_online_lane_with_a_tiny_cost_and_a_queued_one_on_the_batch_lane() {
        assertThat(get("/api/batches/" + t + "-batch")).isEqualTo(runningBatch());
        assertThat(get("/api/batches/" + t + "-queued")).isEqualTo(queuedBatch());
        assertThat(get("/api/batches?template_id=" + t)).isEqualTo("{\"items\":[" + queuedBatch() + "," + runningBatch()
                + "],\"next_cursor\":null}");
    }

    @Test
    void should_write_batch_results_as_json_json_lines_and_csv() {
        String ok = ("{\"row_index\":1,\"inputs\":{\"name\":\"Ada, \\\"A\\\"\",\"score\":1.50},\"model\":\"%1$s-m\","
                + "\"provider\":\"echo\",\"output\":\"Hi, \\\"Ada\\\"\",\"tokens_in\":12,\"tokens_out\":40,\"cost_usd\":0.00420,"
                + "\"latency_ms\":10,\"error\":null,\"call_id\":\"%1$s-b:echo:0\"}").formatted(t);
        String failed = ("{\"row_index\":1,\"inputs\":{\"name\":\"Bo\"},\"model\":\"%1$s-n\",\"provider\":\"echo\",\"output\":null,"
                + "\"tokens_in\":0,\"tokens_out\":0,\"cost_usd\":null,\"latency_ms\":30,\"error\":\"no key\","
                + "\"call_id\":\"%1$s-b:echo/b:0\"}").formatted(t);

        assertThat(get("/api/batches/" + t + "-batch/results")).isEqualTo("[" + ok + "," + failed + "]");
        assertThat(get("/api/batches/" + t + "-batch/results?format=jsonl")).isEqualTo(ok + "\n" + failed + "\n");
        assertThat(get("/api/batches/" + t + "-batch/results?format=csv")).isEqualTo(("row_index,inputs,model,provider,output,"
                + "tokens_in,tokens_out,cost_usd,latency_ms,error\r\n"
                + "1,\"{\"\"name\"\":\"\"Ada, \\\"\"A\\\"\"\"\",\"\"score\"\":1.50}\",%1$s-m,echo,\"Hi, \"\"Ada\"\"\",12,40,0.00420,10,\r\n"
                + "1,\"{\"\"name\"\":\"\"Bo\"\"}\",%1$s-n,echo,,0,0,,30,no key\r\n").formatted(t));
    }

    @Test
    void should_write_the_execution_log_with_null_costs_and_errors_present() {
        assertThat(get("/api/executions?batch_id=" + t + "-batch")).isEqualTo(("{\"items\":["
                + "{\"call_id\":\"%1$s-b:echo/b:0\",\"prompt_id\":\"%1$s\",\"version\":\"1.0.0\",\"inputs_json\":{\"name\":\"Bo\"},"
                + "\"output_text\":null,\"provider\":\"echo\",\"model\":\"%1$s-n\",\"tokens_in\":0,\"tokens_out\":0,"
                + "\"cost_usd\":null,\"latency_ms\":30,\"created_at\":\"2011-11-11T11:11:15Z\",\"job_id\":\"%1$s-b\","
                + "\"batch_id\":\"%1$s-batch\",\"status\":\"failed\",\"error\":\"no key\",\"attempts\":2,\"cached\":false},"
                + "{\"call_id\":\"%1$s-b:echo:0\",\"prompt_id\":\"%1$s\",\"version\":\"1.0.0\","
                + "\"inputs_json\":{\"name\":\"Ada, \\\"A\\\"\",\"score\":1.50},\"output_text\":\"Hi, \\\"Ada\\\"\","
                + "\"provider\":\"echo\",\"model\":\"%1$s-m\",\"tokens_in\":12,\"tokens_out\":40,\"cost_usd\":0.00420,"
                + "\"latency_ms\":10,\"created_at\":\"2011-11-11T11:11:14Z\",\"job_id\":\"%1$s-b\",\"batch_id\":\"%1$s-batch\","
                + "\"status\":\"succeeded\",\"error\":null,\"attempts\":1,\"cached\":false}],\"next_cursor\":null}").formatted(t));
    }

    @Test
    void should_write_stats_with_exact_sums_double_percentiles_and_the_window_given() {
        // given: calls of two models in a window of their own
        Instant since = Instant.parse("1999-01-01T00:00:00Z").plusSeconds(Math.floorMod(t.hashCode(), 10_000_000) * 10L);
        sql("INSERT INTO executions (call_id, job_id, prompt_id, version, inputs_json, output_text, provider, model, tokens_in,"
                + " tokens_out, cost_usd, priced, latency_ms, status, error, attempts, created_at) VALUES"
                + " ('%1$s:s1', '%1$s-s', '%1$s', '1.0.0', '{}', 'x', 'echo', '%1$s-m', 5, 7, 0.00100, true, 10, 'succeeded',"
                + " NULL, 1, '" + since + "'), ('%1$s:s2', '%1$s-s', '%1$s', '1.0.0', '{}', 'y', 'echo', '%1$s-m', 7, 33, 0.00320,"
                + " true, 20, 'succeeded', NULL, 1, '" + since.plusSeconds(1) + "'), ('%1$s:s3', '%1$s-s', '%1$s', '1.0.0', '{}',"
                + " NULL, 'echo', '%1$s-n', 0, 0, NULL, false, 30, 'failed', 'no key', 2, '" + since.plusSeconds(1) + "')");
        String until = since.plusSeconds(2).toString();

        // when
        String stats = get("/api/stats?group_by=model&since=" + since + "&until=" + until);

        // then
        assertThat(stats).isEqualTo(("{\"group_by\":\"model\",\"since\":\"" + since + "\",\"until\":\"" + until + "\",\"groups\":["
                + "{\"group\":\"%1$s-m\",\"calls\":2,\"errors\":0,\"tokens_in\":12,\"tokens_out\":40,\"cost_usd\":0.00420,"
                + "\"latency_ms\":{\"p50\":15.0,\"p95\":19.5,\"p99\":19.9}},"
                + "{\"group\":\"%1$s-n\",\"calls\":1,\"errors\":1,\"tokens_in\":0,\"tokens_out\":0,\"cost_usd\":0,"
                + "\"latency_ms\":{\"p50\":30.0,\"p95\":30.0,\"p99\":30.0}}]}").formatted(t));
        assertThat(get("/api/stats?group_by=day&since=1990-01-01&until=1990-01-02"))
                .isEqualTo("{\"group_by\":\"day\",\"since\":\"1990-01-01T00:00:00Z\",\"until\":\"1990-01-02T00:00:00Z\",\"groups\":[]}");
    }

    @Test
    void should_give_late_subscribers_the_stored_calls_and_final_job_and_the_batch_counters() {
        List<String> job = snapshots.ofJob(t + "-b").map(EventJson::writeString).collectList().block(Duration.ofSeconds(30));
        List<String> batch = snapshots.ofBatch(t + "-batch").map(EventJson::writeString).collectList().block(Duration.ofSeconds(30));

        assertThat(job).containsExactly(("{\"type\":\"call.completed\",\"call_id\":\"%1$s-b:echo:0\",\"job_id\":\"%1$s-b\","
                        + "\"batch_id\":\"%1$s-batch\",\"row_index\":1,\"template_id\":\"%1$s\",\"version\":\"1.0.0\","
                        + "\"model\":\"%1$s-m\",\"provider\":\"echo\",\"status\":\"succeeded\",\"output\":\"Hi, \\\"Ada\\\"\","
                        + "\"tokens_in\":12,\"tokens_out\":40,\"cost_usd\":0.00420,\"priced\":true,\"latency_ms\":10,"
                        + "\"error\":null,\"attempts\":1,\"cached\":false,\"inputs\":{\"name\":\"Ada, \\\"A\\\"\",\"score\":1.50},"
                        + "\"completed_at\":\"2011-11-11T11:11:14Z\"}").formatted(t),
                ("{\"type\":\"call.completed\",\"call_id\":\"%1$s-b:echo/b:0\",\"job_id\":\"%1$s-b\",\"batch_id\":\"%1$s-batch\","
                        + "\"row_index\":1,\"template_id\":\"%1$s\",\"version\":\"1.0.0\",\"model\":\"%1$s-n\",\"provider\":\"echo\","
                        + "\"status\":\"failed\",\"output\":null,\"tokens_in\":0,\"tokens_out\":0,\"cost_usd\":null,\"priced\":false,"
                        + "\"latency_ms\":30,\"error\":\"no key\",\"attempts\":2,\"cached\":false,\"inputs\":{\"name\":\"Bo\"},"
                        + "\"completed_at\":\"2011-11-11T11:11:15Z\"}").formatted(t),
                ("{\"type\":\"job.completed\",\"job_id\":\"%1$s-b\",\"status\":\"failed\",\"template_id\":\"%1$s\","
                        + "\"version\":\"1.0.0\",\"batch_id\":\"%1$s-batch\",\"row_index\":1,\"created_at\":\"2011-11-11T11:11:12Z\","
                        + "\"completed_at\":\"2011-11-11T11:11:13Z\",\"error\":\"boom\",\"job_type\":\"compare\"}").formatted(t));
        assertThat(batch).containsExactly("{\"type\":\"batch.progress\","
                + runningBatch().substring(1).replace("\"total_cost_usd\":1E-7", "\"total_cost_usd\":0.0000001"));
    }

    @Test
    void should_give_no_snapshot_for_an_id_not_stored() {
        assertThat(snapshots.ofJob(t + "-never").collectList().block(Duration.ofSeconds(30))).isEmpty();
        assertThat(snapshots.ofBatch(t + "-never").collectList().block(Duration.ofSeconds(30))).isEmpty();
    }

    @Test
    void should_answer_problems_not_bodies_for_an_unknown_job_or_batch_or_a_bad_results_format() {
        client.get().uri("/api/jobs/{id}", t + "-never").exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isNotEmpty().jsonPath("$.job_id").doesNotExist();
        client.get().uri("/api/batches/{id}", t + "-never").exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isNotEmpty().jsonPath("$.batch_id").doesNotExist();
        client.get().uri("/api/batches/{id}/results?format=xml", t + "-batch").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("format"));
    }

    private String queuedJob() {
        return ("{\"job_id\":\"%1$s-c\",\"type\":\"render\",\"status\":\"queued\",\"template_id\":\"%1$s\",\"version\":\"1.0.0\","
                + "\"created_at\":\"2011-11-11T11:11:13Z\",\"completed_at\":null}").formatted(t);
    }

    private String runningBatch() {
        return ("{\"batch_id\":\"%1$s-batch\",\"name\":\"nightly\",\"template_id\":\"%1$s\",\"version\":\"1.0.0\","
                + "\"models\":[\"echo\",\"echo/b\"],\"status\":\"running\",\"total_jobs\":2,\"completed_jobs\":1,\"failed_jobs\":1,"
                + "\"total_calls\":4,\"completed_calls\":2,\"total_cost_usd\":1E-7,\"total_tokens_in\":12,\"total_tokens_out\":40,"
                + "\"created_at\":\"2011-11-11T11:11:10Z\",\"completed_at\":null,\"lane\":\"online\",\"expected_completion_by\":null,"
                + "\"list_price_usd\":null,\"saving_usd\":null}")
                .formatted(t);
    }

    private String queuedBatch() {
        return ("{\"batch_id\":\"%1$s-queued\",\"name\":null,\"template_id\":\"%1$s\",\"version\":\"1.0.0\",\"models\":[\"echo\"],"
                + "\"status\":\"queued\",\"total_jobs\":3,\"completed_jobs\":0,\"failed_jobs\":0,\"total_calls\":3,"
                + "\"completed_calls\":0,\"total_cost_usd\":0,\"total_tokens_in\":0,\"total_tokens_out\":0,"
                + "\"created_at\":\"2011-11-11T11:11:20.500Z\",\"completed_at\":null,\"lane\":\"batch\","
                + "\"expected_completion_by\":\"2011-11-12T11:11:20.500Z\",\"list_price_usd\":null,\"saving_usd\":null}")
                .formatted(t);
    }

    private String get(String uri) {
        byte[] body = client.get().uri(uri).exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
        return new String(body, StandardCharsets.UTF_8);
    }

    private static String cursor(String createdAt, String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("k:" + createdAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    private void sql(String statement) {
        db.sql(statement.formatted(t)).then().block();
    }
}
