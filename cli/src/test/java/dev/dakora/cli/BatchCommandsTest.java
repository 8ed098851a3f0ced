package dev.dakora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;

class BatchCommandsTest extends StubServerTest {

    @Test
    void should_upload_the_csv_with_fields_as_query_parameters_when_submitting_a_batch() throws IOException {
        // given
        server.on("POST /api/batches", 202, "{\"batch_id\":\"b-1\",\"total_jobs\":2,\"total_calls\":4,\"status\":\"queued\"}");
        Files.writeString(dir.resolve("rows.csv"), "name\nAda\nBob\n");

        // when
        CliRun run = cli("batch", "submit", "greeting", "--models", "echo,openai/gpt-4o-mini", "--file", "rows.csv", "--name", "nightly run");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        StubServer.Request request = server.only("POST");
        assertThat(request.pathAndQuery())
                .isEqualTo("/api/batches?template_id=greeting&models=echo%2Copenai%2Fgpt-4o-mini&name=nightly%20run");
        assertThat(request.header("Content-Type")).isEqualTo("text/csv");
        assertThat(request.body()).isEqualTo("name\nAda\nBob\n");
        assertThat(run.out).contains("Batch b-1 queued: 2 jobs, 4 calls").contains("dakora jobs watch --batch b-1");
    }

    @Test
    void should_send_jsonl_as_ndjson_when_submitting_a_batch() throws IOException {
        // given
        server.on("POST /api/batches", 202, "{\"batch_id\":\"b-2\",\"total_jobs\":1,\"total_calls\":1,\"status\":\"queued\"}");
        Files.writeString(dir.resolve("rows.jsonl"), "{\"name\":\"Ada\"}\n");

        // when
        CliRun run = cli("batch", "submit", "greeting", "-m", "echo", "-f", "rows.jsonl");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(server.only("POST").header("Content-Type")).isEqualTo("application/x-ndjson");
    }

    @Test
    void should_refuse_a_file_that_is_neither_csv_nor_jsonl_when_submitting_a_batch() throws IOException {
        // given
        Files.writeString(dir.resolve("rows.txt"), "Ada");

        // when
        CliRun run = cli("batch", "submit", "greeting", "-m", "echo", "-f", "rows.txt");

        // then
        assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err).contains("must be a .csv, .jsonl or .ndjson file");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void should_show_the_counters_when_asking_a_batch_status() {
        // given
        server.on("GET /api/batches/b-1", 200, """
                {"batch_id":"b-1","status":"running","total_jobs":4,"completed_jobs":1,"failed_jobs":0,"total_calls":8,
                 "completed_calls":2,"total_cost_usd":0.0012,"total_tokens_in":10,"total_tokens_out":20,
                 "created_at":"2026-01-01T00:00:00Z","completed_at":null}""");

        // when
        CliRun run = cli("batch", "status", "b-1");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("status            running").contains("total_cost_usd    0.0012");
    }

    @Test
    void should_print_the_servers_csv_when_asking_results_as_csv() {
        // given
        server.on("GET /api/batches/b-1/results", 200, "row_index,model,output\n0,echo,Hello Ada!\n");

        // when
        CliRun run = cli("batch", "results", "b-1", "--format", "csv");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(server.only("GET").pathAndQuery()).isEqualTo("/api/batches/b-1/results?format=csv");
        assertThat(run.out).isEqualTo("row_index,model,output\n0,echo,Hello Ada!\n");
    }

    @Test
    void should_tabulate_results_with_errors_when_no_format_is_given() {
        // given
        server.on("GET /api/batches/b-1/results", 200, """
                [{"row_index":0,"inputs":{"name":"Ada"},"model":"echo","provider":"echo","output":"Hello Ada!","tokens_in":1,
                  "tokens_out":1,"cost_usd":0,"latency_ms":3,"error":null},
                 {"row_index":0,"inputs":{"name":"Ada"},"model":"gpt-4o-mini","provider":"openai","output":null,"tokens_in":0,
                  "tokens_out":0,"cost_usd":0,"latency_ms":0,"error":"no key"}]""");

        // when
        CliRun run = cli("batch", "results", "b-1");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("0    echo         0         3           Hello Ada!").contains("ERROR: no key");
    }

    @Test
    void should_report_the_jobs_asked_to_stop_when_cancelling_a_batch() {
        // given
        server.on("POST /api/batches/b-1/cancel", 202, "{\"batch_id\":\"b-1\",\"cancel_requested_jobs\":3}");

        // when
        CliRun run = cli("batch", "cancel", "b-1");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("Cancel requested for 3 jobs of batch b-1");
    }

    @Test
    void should_draw_progress_until_the_batch_completes_when_watching() {
        // given
        server.on("GET /api/batches/b-1", 200, "{\"batch_id\":\"b-1\",\"status\":\"running\",\"total_jobs\":4,\"completed_jobs\":1,\"failed_jobs\":0}")
                .on("GET /api/batches/b-1", 200, "{\"batch_id\":\"b-1\",\"status\":\"running\",\"total_jobs\":4,\"completed_jobs\":2,\"failed_jobs\":1}")
                .on("GET /api/batches/b-1", 200, "{\"batch_id\":\"b-1\",\"status\":\"completed\",\"total_jobs\":4,\"completed_jobs\":4,\"failed_jobs\":0}");

        // when
        CliRun run = cli("jobs", "watch", "b-1", "--batch", "--interval", "10");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("\r[#######-----------------------] 25% 1/4 jobs (running)")
                .contains("\r[######################--------] 75% 3/4 jobs (running)")
                .contains("\r[##############################] 100% 4/4 jobs (completed)");
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void should_send_the_lane_as_a_query_parameter_when_submitting_on_the_batch_lane() throws IOException {
        // given
        server.on("POST /api/batches", 202, "{\"batch_id\":\"b-3\",\"total_jobs\":1,\"total_calls\":1,\"status\":\"queued\"}");
        Files.writeString(dir.resolve("rows.csv"), "name\nAda\n");

        // when
        CliRun run = cli("batch", "submit", "greeting", "-m", "openai/gpt-4o-mini", "-f", "rows.csv", "--lane", "BATCH");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(server.only("POST").pathAndQuery())
                .isEqualTo("/api/batches?template_id=greeting&models=openai%2Fgpt-4o-mini&lane=batch");
    }

    @Test
    void should_refuse_an_unknown_lane_and_call_no_server_when_submitting() throws IOException {
        // given
        Files.writeString(dir.resolve("rows.csv"), "name\nAda\n");

        // when
        CliRun run = cli("batch", "submit", "greeting", "-m", "echo", "-f", "rows.csv", "--lane", "overnight");

        // then
        assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err).contains("--lane must be online, batch or auto, got overnight");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void should_show_the_lane_and_the_expected_completion_when_the_batch_runs_on_the_batch_lane() {
        // given
        server.on("GET /api/batches/b-1", 200, """
                {"batch_id":"b-1","status":"running","total_jobs":1,"completed_jobs":0,"failed_jobs":0,"total_calls":1,
                 "completed_calls":0,"total_cost_usd":0,"total_tokens_in":0,"total_tokens_out":0,
                 "created_at":"2026-01-01T00:00:00Z","completed_at":null,"lane":"batch",
                 "expected_completion_by":"2026-01-02T00:00:00Z"}""");

        // when
        CliRun run = cli("batch", "status", "b-1");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("lane                    batch")
                .contains("expected_completion_by  2026-01-02T00:00:00Z");
    }

    @Test
    void should_show_the_online_lane_without_an_expected_completion_when_the_batch_runs_online() {
        // given
        server.on("GET /api/batches/b-1", 200, """
                {"batch_id":"b-1","status":"running","total_jobs":1,"completed_jobs":0,"failed_jobs":0,"total_calls":1,
                 "completed_calls":0,"total_cost_usd":0,"total_tokens_in":0,"total_tokens_out":0,
                 "created_at":"2026-01-01T00:00:00Z","completed_at":null,"lane":"online","expected_completion_by":null}""");

        // when
        CliRun run = cli("batch", "status", "b-1");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("lane              online").doesNotContain("expected_completion_by");
    }

    @Test
    void should_show_the_batch_lane_saving_and_submit_nothing_when_estimating() throws IOException {
        // given
        server.on("POST /api/batches", 200, """
                {"estimate":true,"template_id":"greeting","version":"1.0.0","rows":2,"render_failures":0,
                 "output_tokens_assumption":"256 per call","models":[
                  {"model":"openai/gpt-4o-mini","provider":"openai","tokenizer":"o200k_base","tokenizer_exact":true,"calls":2,
                   "input_tokens":10,"output_tokens_assumed":512,"priced":true,"cost_usd_low":0.0000015,"cost_usd_high":0.0003087},
                  {"model":"echo","provider":"echo","tokenizer":"cl100k_base","tokenizer_exact":false,"calls":2,
                   "input_tokens":10,"output_tokens_assumed":512,"priced":false,"cost_usd_low":null,"cost_usd_high":null}],
                 "totals":{"calls":4,"input_tokens":20,"output_tokens_assumed":1024,"cost_usd_low":0.0000015,
                   "cost_usd_high":0.0003087,"fully_priced":false,"unpriced_models":["echo"]},"submitted":false,
                 "lane":"batch","batch_lane":{"lane":"batch","models":["openai/gpt-4o-mini"],"saving_usd_low":0.00000075,
                   "saving_usd_high":0.00015435,"cost_usd_low":0.00000075,"cost_usd_high":0.00015435,"completion_window":"24h"}}""");
        Files.writeString(dir.resolve("rows.csv"), "name\nAda\nBob\n");

        // when
        CliRun run = cli("batch", "submit", "greeting", "-m", "openai/gpt-4o-mini,echo", "-f", "rows.csv", "--lane", "batch",
                "--estimate");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(server.only("POST").pathAndQuery()).endsWith("&lane=batch&estimate=true");
        assertThat(run.out).contains("Estimate for greeting 1.0.0: 2 rows, 4 calls, lane batch (nothing submitted)")
                .contains("echo                2      10            512                    unpriced")
                .contains("Total: $0.0000015 - $0.0003087 (list price)")
                .contains("Batch lane: saves $0.00000075 - $0.00015435 on openai/gpt-4o-mini, costing $0.00000075 - $0.00015435; "
                        + "results may take up to 24h")
                .doesNotContain("queued");
    }

    @Test
    void should_say_the_batch_lane_saves_nothing_when_no_model_has_a_batch_discount() throws IOException {
        // given
        server.on("POST /api/batches", 200, """
                {"estimate":true,"template_id":"greeting","version":"1.0.0","rows":1,"render_failures":0,
                 "output_tokens_assumption":"256 per call","models":[],"totals":{"calls":1,"input_tokens":3,
                 "output_tokens_assumed":256,"cost_usd_low":0,"cost_usd_high":0,"fully_priced":true,"unpriced_models":[]},
                 "submitted":false,"lane":"online","batch_lane":{"lane":"online","models":[],"saving_usd_low":0,
                 "saving_usd_high":0,"cost_usd_low":0,"cost_usd_high":0,"completion_window":"24h"}}""");
        Files.writeString(dir.resolve("rows.csv"), "name\nAda\n");

        // when
        CliRun run = cli("batch", "submit", "greeting", "-m", "echo", "-f", "rows.csv", "--estimate");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("lane online (nothing submitted)")
                .contains("Batch lane: no saving (none of these models has a provider batch discount)");
    }

    @Test
    void should_print_the_lane_and_the_expected_completion_the_server_gave_when_submitting() throws IOException {
        // given
        server.on("POST /api/batches", 202, """
                {"batch_id":"b-4","total_jobs":1,"total_calls":1,"status":"queued","lane":"batch",
                 "expected_completion_by":"2026-01-02T00:00:00Z"}""");
        Files.writeString(dir.resolve("rows.csv"), "name\nAda\n");

        // when
        CliRun run = cli("batch", "submit", "greeting", "-m", "openai/gpt-4o-mini", "-f", "rows.csv", "--lane", "auto");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("Batch b-4 queued: 1 jobs, 1 calls")
                .contains("Lane: batch (the providers' batch APIs); results expected by 2026-01-02T00:00:00Z");
    }

    @Test
    void should_print_the_online_lane_without_a_completion_time_when_the_server_gave_the_online_lane() throws IOException {
        // given
        server.on("POST /api/batches", 202, """
                {"batch_id":"b-5","total_jobs":1,"total_calls":1,"status":"queued","lane":"online",
                 "expected_completion_by":null}""");
        Files.writeString(dir.resolve("rows.csv"), "name\nAda\n");

        // when
        CliRun run = cli("batch", "submit", "greeting", "-m", "echo", "-f", "rows.csv", "--lane", "auto");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("Lane: online").doesNotContain("expected by");
    }

    @Test
    void should_show_the_saving_and_the_list_price_when_the_batch_lane_saved() {
        // given
        server.on("GET /api/batches/b-1", 200, """
                {"batch_id":"b-1","status":"completed","total_jobs":1,"completed_jobs":1,"failed_jobs":0,"total_calls":2,
                 "completed_calls":2,"total_cost_usd":0.00027,"total_tokens_in":2000,"total_tokens_out":400,
                 "created_at":"2026-01-01T00:00:00Z","completed_at":"2026-01-01T02:00:00Z","lane":"batch",
                 "expected_completion_by":"2026-01-02T00:00:00Z","list_price_usd":0.00054,"saving_usd":0.00027}""");

        // when
        CliRun run = cli("batch", "status", "b-1");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("saving_usd              0.00027").contains("list_price_usd          0.00054");
    }

    @Test
    void should_show_no_saving_when_the_server_gives_none() {
        // given
        server.on("GET /api/batches/b-1", 200, """
                {"batch_id":"b-1","status":"running","total_jobs":1,"completed_jobs":0,"failed_jobs":0,"total_calls":1,
                 "completed_calls":0,"total_cost_usd":0,"total_tokens_in":0,"total_tokens_out":0,
                 "created_at":"2026-01-01T00:00:00Z","completed_at":null,"lane":"batch",
                 "expected_completion_by":"2026-01-02T00:00:00Z","list_price_usd":null,"saving_usd":null}""");

        // when
        CliRun run = cli("batch", "status", "b-1");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("lane                    batch").doesNotContain("saving_usd").doesNotContain("list_price_usd");
    }
}
