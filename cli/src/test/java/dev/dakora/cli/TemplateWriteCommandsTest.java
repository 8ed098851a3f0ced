package dev.dakora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;

class TemplateWriteCommandsTest extends StubServerTest {

    private static final String GREETING = """
            {"id":"greeting","version":"1.1.0","description":"A simple greeting",
             "template":"Hello {{ name }}!","inputs":{"name":{"type":"string","required":true,"default":null}},
             "metadata":{"tags":["demo"]}}""";

    @Test
    void should_post_the_yaml_file_as_json_when_creating() throws IOException {
        // given
        server.on("POST /api/templates", 201, GREETING);
        Files.writeString(dir.resolve("greeting.yaml"), """
                id: greeting
                template: "Hello {{ name }}!"
                inputs:
                  name: {type: string, required: true}
                """);

        // when
        CliRun run = cli("create", "-f", "greeting.yaml");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("Created greeting version 1.1.0");
        var body = CliJson.MAPPER.readTree(server.only("POST").body());
        assertThat(body.get("id").asString()).isEqualTo("greeting");
        assertThat(body.at("/inputs/name/type").asString()).isEqualTo("string");
    }

    @Test
    void should_exit_with_usage_error_when_the_template_file_is_not_yaml() throws IOException {
        // given
        Files.writeString(dir.resolve("bad.yaml"), "id: [unclosed");

        // when
        CliRun run = cli("create", "-f", "bad.yaml");

        // then
        assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err).contains("bad.yaml is not valid YAML");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void should_exit_with_usage_error_when_the_template_file_gives_inputs_as_a_list() throws IOException {
        // given
        Files.writeString(dir.resolve("list.yaml"), "id: greeting\ntemplate: Hi\ninputs: [name]\n");

        // when
        CliRun run = cli("create", "-f", "list.yaml");

        // then
        assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err).contains("list.yaml is not a template");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void should_send_inputs_and_print_the_text_when_rendering() throws IOException {
        // given
        server.on("POST /api/templates/greeting/render", 200, "{\"rendered\":\"Hello Ada!\",\"inputs_used\":{\"name\":\"Ada\"}}");
        Files.writeString(dir.resolve("inputs.json"), "{\"name\":\"Bob\",\"count\":2}");

        // when
        CliRun run = cli("render", "greeting", "--inputs-file", "inputs.json", "--input", "name=Ada", "--version", "1.0.0");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEqualTo("Hello Ada!\n");
        StubServer.Request request = server.only("POST");
        assertThat(request.pathAndQuery()).isEqualTo("/api/templates/greeting/render?version=1.0.0");
        assertThat(CliJson.MAPPER.readTree(request.body()).get("inputs").toString()).isEqualTo("{\"name\":\"Ada\",\"count\":2}");
    }

    @Test
    void should_exit_with_usage_error_when_an_input_has_no_equals_sign() {
        // when
        CliRun run = cli("render", "greeting", "--input", "name");

        // then
        assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err).contains("--input expects name=value");
    }

    @Test
    void should_print_one_row_per_model_when_comparing() {
        // given
        server.on("POST /api/templates/greeting/compare", 200, """
                {"results":[{"output":"Hello Ada!","provider":"echo","model":"echo","tokens_in":3,"tokens_out":3,
                  "cost_usd":0,"latency_ms":1,"error":null},
                 {"output":"","provider":"openai","model":"gpt-4o-mini","tokens_in":0,"tokens_out":0,"cost_usd":0,
                  "latency_ms":0,"error":"OPENAI_API_KEY is not set"}],
                 "total_cost_usd":0,"total_tokens_in":3,"total_tokens_out":3,"total_time_ms":1,
                 "successful_count":1,"failed_count":1}""");

        // when
        CliRun run = cli("compare", "greeting", "--model", "echo,gpt-4o-mini", "--input", "name=Ada");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(CliJson.MAPPER.readTree(server.only("POST").body()).get("models").toString())
                .isEqualTo("[\"echo\",\"gpt-4o-mini\"]");
        assertThat(run.out).contains("echo         3          3").contains("ERROR: OPENAI_API_KEY is not set")
                .contains("1 ok, 1 failed");
    }

    @Test
    void should_exit_with_usage_error_when_comparing_without_a_model() {
        // when
        CliRun run = cli("compare", "greeting", "--input", "name=Ada");

        // then
        assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err).contains("--model");
    }

    @Test
    void should_delete_without_asking_when_yes_is_given() {
        // given
        server.on("DELETE /api/templates/greeting", 204, "");

        // when
        CliRun run = cli("delete", "greeting", "--yes");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(server.only("DELETE").pathAndQuery()).isEqualTo("/api/templates/greeting");
    }

    @Test
    void should_delete_when_the_user_answers_yes() {
        // given
        server.on("DELETE /api/templates/greeting", 204, "");

        // when
        CliRun run = CliRun.in(dir).env("DAKORA_URL", server.url()).stdin("y\n").run("delete", "greeting");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("Delete template greeting and all its versions? [y/N]").contains("Deleted greeting");
    }

    @Test
    void should_keep_the_template_when_the_user_does_not_confirm() {
        // when
        CliRun run = CliRun.in(dir).env("DAKORA_URL", server.url()).stdin("\n").run("delete", "greeting");

        // then
        assertThat(run.exitCode).isEqualTo(ExitCodes.OTHER);
        assertThat(run.err).contains("Not deleted.");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void should_put_the_version_when_labelling() {
        // given
        server.on("PUT /api/templates/greeting/labels/production", 200,
                "{\"id\":\"greeting\",\"label\":\"production\",\"version\":\"1.0.0\",\"labels\":{}}");

        // when
        CliRun run = cli("label", "greeting", "production", "1.0.0");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(CliJson.MAPPER.readTree(server.only("PUT").body()).get("version").asString()).isEqualTo("1.0.0");
        assertThat(run.out).contains("greeting: production -> 1.0.0");
    }
}
