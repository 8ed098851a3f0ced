package dev.dakora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;

class EvalCommandsTest extends StubServerTest {

    private static final String QUEUED = experiment("queued", 0, 0, "null", "null");
    private static final String RESULTS = """
            {"items":[
             {"row":1,"version":"1.0.0","model":"echo","sample":0,"call_id":"c1","succeeded":true,"passed":true,"score":1.0,
              "output":"Paris","error":null,"latency_ms":120,"tokens_in":3,"tokens_out":1,"cost_usd":0.001,"judge_cost_usd":0,
              "inputs":{"city":"Paris"},"expected":"Paris","assertions":[{"type":"icontains","passed":true,"score":1.0,"weight":1,"reason":null}]},
             {"row":2,"version":"1.0.0","model":"echo","sample":0,"call_id":"c2","succeeded":true,"passed":false,"score":0.0,
              "output":"Madrid <&>","error":null,"latency_ms":80,"tokens_in":3,"tokens_out":1,"cost_usd":0.001,"judge_cost_usd":0,
              "inputs":{"city":"Rome"},"expected":"Rome","assertions":[{"type":"icontains","passed":false,"score":0.0,"weight":1,"reason":"'Rome' is not in the output"}]},
             {"row":1,"version":"1.1.0","model":"echo","sample":0,"call_id":"c3","succeeded":false,"passed":false,"score":0.0,
              "output":null,"error":"provider timed out","latency_ms":5000,"tokens_in":0,"tokens_out":0,"cost_usd":null,"judge_cost_usd":0,
              "inputs":{"city":"Paris"},"expected":"Paris","assertions":[]}
            ],"next_cursor":null}""";

    private static String experiment(String status, long scored, long passed, String passRateOld, String passRateNew) {
        return """
                {"experiment_id":"e-1","name":"capitals","template_id":"capital-of","versions":["1.0.0","1.1.0"],"models":["echo"],
                 "samples":1,"dataset":{"name":"cities","version":"2"},"pass_threshold":null,"assertions":[{"type":"icontains","value":"Paris"}],
                 "status":"%s","total_rows":2,"total_calls":4,"scored_calls":%d,"passed":%d,"render_failures":0,"judge_cost_usd":0,
                 "created_at":"2026-01-01T00:00:00Z","completed_at":null,
                 "columns":[{"version":"1.0.0","model":"echo","batch_id":"b-1","results":2,"passed":1,"failed_calls":0,"pass_rate":%s,
                   "mean_score":0.5,"p50_latency_ms":80,"p95_latency_ms":120,"total_cost_usd":0.002,"unpriced_calls":0,
                   "cost_per_pass_usd":0.002,"judge_cost_usd":0},
                  {"version":"1.1.0","model":"echo","batch_id":"b-2","results":2,"passed":1,"failed_calls":1,"pass_rate":%s,
                   "mean_score":0.5,"p50_latency_ms":100,"p95_latency_ms":5000,"total_cost_usd":0.001,"unpriced_calls":1,
                   "cost_per_pass_usd":0.001,"judge_cost_usd":0}]}"""
                .formatted(status, scored, passed, passRateOld, passRateNew);
    }

    private void completesWith(String passRateOld, String passRateNew) {
        server.on("POST /api/experiments", 202, QUEUED);
        server.on("GET /api/experiments/e-1", 200, experiment("running", 2, 1, "0.5", "null"));
        server.on("GET /api/experiments/e-1", 200, experiment("completed", 4, 2, passRateOld, passRateNew));
    }

    @Test
    void should_submit_the_experiment_file_follow_it_and_print_the_summary_exiting_0_when_every_column_reaches_fail_under()
            throws IOException {
        // given
        completesWith("0.75", "0.8");
        Files.writeString(dir.resolve("capitals.yaml"), """
                name: capitals
                template: capital-of
                versions: ['1.0.0', '1.1.0']
                models: [echo]
                dataset: {name: cities, version: 2}
                assertions:
                  - {type: icontains, value: Paris}
                """);

        // when
        CliRun run = cli("eval", "run", "capitals.yaml", "--fail-under", "0.7");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        StubServer.Request post = server.only("POST");
        assertThat(post.body()).contains("\"versions\":[\"1.0.0\",\"1.1.0\"]").contains("\"dataset\":{\"name\":\"cities\",\"version\":2}")
                .contains("{\"type\":\"icontains\",\"value\":\"Paris\"}");
        assertThat(run.out).contains("calls scored (running)").contains("4/4 calls scored (completed)")
                .contains("PASS RATE").containsPattern("1\\.0\\.0\\s+echo\\s+2\\s+75\\.0%\\s+0\\.500\\s+80 ms\\s+120 ms\\s+\\$0\\.002")
                .contains("$0.001 (+1 unpriced)").contains("PASSED");
    }

    @Test
    void should_exit_1_naming_the_column_when_a_pass_rate_is_under_fail_under() {
        // given
        completesWith("0.75", "0.5");

        // when
        CliRun run = cli("eval", "run", "--dataset", "cities@2", "--template", "capital-of", "--version", "1.0.0",
                "--version", "1.1.0", "--model", "echo", "--assert", "{type: icontains, value: Paris}", "--fail-under", "0.7");

        // then
        assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
        assertThat(run.err).contains("Gate failed").contains("1.1.0 on echo: pass rate 50.0% is under 70.0%")
                .doesNotContain("1.0.0 on echo");
        assertThat(run.out).contains("FAILED");
        assertThat(server.only("POST").body()).contains("\"name\":\"capital-of\"").contains("\"dataset\":{\"name\":\"cities\",\"version\":\"2\"}");
    }

    @Test
    void should_exit_1_when_a_row_regressed_against_the_baseline_and_0_when_none_did() {
        // given
        completesWith("1.0", "1.0");
        server.on("GET /api/experiments/e-1/compare", 200, """
                {"baseline":"e-0","candidate":"e-1","regressed":1,"improved":0,"unchanged":1,"only_baseline":0,"only_candidate":0,
                 "rows":[{"row":1,"change":"unchanged","baseline":{"pass_share":1.0,"mean_score":1.0},"candidate":{"pass_share":1.0,"mean_score":1.0},"score_delta":0.0},
                         {"row":2,"change":"regressed","baseline":{"pass_share":1.0,"mean_score":1.0},"candidate":{"pass_share":0.0,"mean_score":0.0},"score_delta":-1.0}]}""");
        server.on("GET /api/experiments/e-1/compare", 200, """
                {"baseline":"e-0","candidate":"e-1","regressed":0,"improved":1,"unchanged":1,"only_baseline":0,"only_candidate":0,"rows":[]}""");

        // when
        CliRun regressed = cli("eval", "run", "--dataset", "cities", "--template", "capital-of", "--version", "1.0.0",
                "--model", "echo", "--baseline", "e-0");
        CliRun improved = cli("eval", "run", "--dataset", "cities", "--template", "capital-of", "--version", "1.0.0",
                "--model", "echo", "--baseline", "e-0");

        // then
        assertThat(regressed.exitCode).as(regressed.toString()).isEqualTo(1);
        assertThat(regressed.err).contains("1 row(s) regressed against e-0: rows [2]");
        assertThat(server.requests().stream().filter(r -> r.pathAndQuery().startsWith("/api/experiments/e-1/compare")).findFirst()
                .orElseThrow().pathAndQuery()).isEqualTo("/api/experiments/e-1/compare?baseline=e-0");
        assertThat(improved.exitCode).as(improved.toString()).isZero();
        assertThat(improved.out).contains("Against e-0: 0 regressed, 1 improved, 1 unchanged");
    }

    @Test
    void should_exit_2_when_the_server_refuses_the_experiment_or_the_input_is_bad() throws IOException {
        // given
        server.on("POST /api/experiments", 400, """
                {"status":400,"detail":"invalid experiment: samples: must be a whole number from 1 to 20",
                 "errors":[{"field":"samples","message":"must be a whole number from 1 to 20"}]}""");
        server.on("POST /api/experiments", 422, """
                {"status":422,"detail":"1 dataset row input(s) do not match template 'capital-of': row 2, version 1.0.0, inputs.city: is required",
                 "errors":[{"row":2,"version":"1.0.0","field":"inputs.city","message":"is required"}]}""");
        server.on("POST /api/experiments", 413, """
                {"status":413,"detail":"the experiment makes 200000 model calls, more than the 100000 allowed (dakora.experiments.max-calls)"}""");
        Files.writeString(dir.resolve("broken.yaml"), "name: [unclosed\n");
        String[] flags = {"eval", "run", "--dataset", "cities", "--template", "capital-of", "--version", "1.0.0", "--model", "echo"};

        // when
        CliRun invalid = cli(flags);
        CliRun misfit = cli(flags);
        CliRun tooLarge = cli(flags);
        CliRun brokenFile = cli("eval", "run", "broken.yaml");
        CliRun missingFlags = cli("eval", "run", "--template", "capital-of");
        CliRun badAssert = cli("eval", "run", "--dataset", "d", "--template", "t", "--version", "1", "--model", "m", "--assert", "[1, 2]");
        CliRun badRate = cli("eval", "run", "broken.yaml", "--fail-under", "1.5");
        CliRun both = cli("eval", "run", "broken.yaml", "--template", "t");

        // then
        assertThat(invalid.exitCode).as(invalid.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(invalid.err).contains("refused").contains("samples: must be a whole number from 1 to 20");
        assertThat(misfit.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(misfit.err).contains("row 2, version 1.0.0, inputs.city: is required");
        assertThat(tooLarge.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(tooLarge.err).contains("dakora.experiments.max-calls");
        assertThat(brokenFile.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(brokenFile.err).contains("not valid YAML");
        assertThat(missingFlags.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(missingFlags.err).contains("--dataset").contains("--version").contains("--model");
        assertThat(badAssert.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(badAssert.err).contains("must be a map");
        assertThat(badRate.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(both.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(server.requests().stream().filter(r -> r.method().equals("POST"))).hasSize(3);
    }

    @Test
    void should_exit_3_for_an_unknown_dataset_and_5_when_the_server_fails() {
        // given
        server.on("POST /api/experiments", 404, "{\"status\":404,\"detail\":\"no dataset 'cities' exists\"}");
        server.on("POST /api/experiments", 503, "{\"status\":503,\"detail\":\"Kafka did not acknowledge the experiment\"}");
        String[] flags = {"eval", "run", "--dataset", "cities", "--template", "capital-of", "--version", "1.0.0", "--model", "echo"};

        // when
        CliRun unknown = cli(flags);
        CliRun down = cli(flags);

        // then
        assertThat(unknown.exitCode).as(unknown.toString()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(unknown.err).contains("no dataset 'cities' exists");
        assertThat(down.exitCode).as(down.toString()).isEqualTo(ExitCodes.SERVER);
    }

    @Test
    void should_exit_1_when_the_experiment_ends_cancelled_and_print_only_the_id_with_no_wait() {
        // given
        server.on("POST /api/experiments", 202, QUEUED);
        server.on("GET /api/experiments/e-1", 200, experiment("cancelled", 1, 1, "1.0", "null"));
        String[] flags = {"eval", "run", "--dataset", "cities", "--template", "capital-of", "--version", "1.0.0", "--model", "echo"};

        // when
        CliRun cancelled = cli(flags);
        CliRun noWait = cli("eval", "run", "--dataset", "cities", "--template", "capital-of", "--version", "1.0.0", "--model",
                "echo", "--no-wait");

        // then
        assertThat(cancelled.exitCode).as(cancelled.toString()).isEqualTo(1);
        assertThat(cancelled.err).contains("the experiment is cancelled");
        assertThat(noWait.exitCode).as(noWait.toString()).isZero();
        assertThat(noWait.out).contains("Experiment e-1 queued: 4 calls").contains("dakora eval show e-1");
    }

    @Test
    void should_write_junit_xml_with_a_suite_per_column_a_case_per_result_and_the_failed_assertions_reasons() throws Exception {
        // given
        completesWith("0.5", "0.0");
        server.on("GET /api/experiments/e-1/results", 200, RESULTS);

        // when
        CliRun run = cli("eval", "run", "--dataset", "cities", "--template", "capital-of", "--version", "1.0.0", "--version",
                "1.1.0", "--model", "echo", "--junit", "reports/eval.xml");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        Path report = dir.resolve("reports/eval.xml");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
        Element suites = xml.getDocumentElement();
        assertThat(suites.getTagName()).isEqualTo("testsuites");
        assertThat(suites.getAttribute("tests")).isEqualTo("3");
        assertThat(suites.getAttribute("failures")).isEqualTo("2");
        NodeList suiteList = xml.getElementsByTagName("testsuite");
        assertThat(suiteList.getLength()).isEqualTo(2);
        Element first = (Element) suiteList.item(0);
        assertThat(first.getAttribute("name")).isEqualTo("capitals 1.0.0 on echo");
        assertThat(first.getAttribute("tests")).isEqualTo("2");
        assertThat(first.getAttribute("failures")).isEqualTo("1");
        Element failure = (Element) first.getElementsByTagName("failure").item(0);
        assertThat(((Element) failure.getParentNode()).getAttribute("name")).isEqualTo("row 2 sample 0");
        assertThat(failure.getAttribute("message")).isEqualTo("icontains: 'Rome' is not in the output");
        assertThat(failure.getTextContent()).contains("output: Madrid <&>");
        Element second = (Element) suiteList.item(1);
        assertThat(((Element) second.getElementsByTagName("failure").item(0)).getAttribute("message"))
                .isEqualTo("call failed: provider timed out");
        assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(3);
    }

    @Test
    void should_print_the_run_as_json_with_the_gate_outcome() {
        // given
        completesWith("0.5", "0.5");

        // when
        CliRun run = cli("eval", "run", "--dataset", "cities", "--template", "capital-of", "--version", "1.0.0", "--model", "echo",
                "--fail-under", "0.9", "--json");

        // then
        assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
        assertThat(run.out).doesNotContain("calls scored").contains("\"experiment_id\" : \"e-1\"").contains("\"passed\" : false")
                .contains("pass rate 50.0% is under 90.0%");
    }

    @Test
    void should_show_an_experiment_and_compare_two_with_exit_1_on_a_regression() {
        // given
        server.on("GET /api/experiments/e-1", 200, experiment("completed", 4, 2, "0.5", "0.5"));
        server.on("GET /api/experiments/e-1/compare", 200, """
                {"baseline":"e-0","candidate":"e-1","regressed":1,"improved":0,"unchanged":0,"only_baseline":0,"only_candidate":0,
                 "rows":[{"row":2,"change":"regressed","baseline":{"pass_share":1.0,"mean_score":1.0},"candidate":{"pass_share":0.0,"mean_score":0.0},"score_delta":-1.0}]}""");

        // when
        CliRun show = cli("eval", "show", "e-1");
        CliRun compare = cli("eval", "compare", "e-1", "--baseline", "e-0", "--model", "echo");
        CliRun unknown = cli("eval", "show", "e-9");

        // then
        assertThat(show.exitCode).as(show.toString()).isZero();
        assertThat(show.out).contains("Experiment capitals (e-1): completed, 4 of 4 calls scored, 2 passed").contains("1.1.0");
        assertThat(compare.exitCode).as(compare.toString()).isEqualTo(1);
        assertThat(compare.out).containsPattern("2\\s+regressed\\s+100\\.0%\\s+0\\.0%\\s+-1\\.000").contains("1 regressed, 0 improved");
        assertThat(server.requests().getLast().pathAndQuery()).isEqualTo("/api/experiments/e-9");
        assertThat(unknown.exitCode).isEqualTo(ExitCodes.NOT_FOUND);
    }
}
