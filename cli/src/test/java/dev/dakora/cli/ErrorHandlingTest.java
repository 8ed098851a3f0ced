package dev.dakora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;

class ErrorHandlingTest extends StubServerTest {

    @Test
    void should_exit_3_with_the_detail_when_the_template_is_unknown() {
        // given
        server.on("GET /api/templates/nope", 404, "{\"status\":404,\"detail\":\"Template 'nope' not found\"}");

        // when
        CliRun run = cli("get", "nope");

        // then
        assertThat(run.exitCode).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(run.err).contains("Template 'nope' not found");
    }

    @Test
    void should_exit_4_and_say_how_to_give_a_key_when_the_server_wants_one() {
        // given
        server.on("GET /api/templates", 401, "{\"status\":401,\"detail\":\"Missing API key\"}");

        // when
        CliRun run = cli("list");

        // then
        assertThat(run.exitCode).isEqualTo(ExitCodes.AUTH);
        assertThat(run.err).contains("Missing API key").contains("set DAKORA_API_KEY");
    }

    @Test
    void should_exit_4_when_the_key_is_not_allowed() {
        // given
        server.on("GET /api/keys", 403, "{\"status\":403,\"detail\":\"Needs the admin key\"}");

        // when
        CliRun run = CliRun.in(dir).env("DAKORA_URL", server.url()).env("DAKORA_API_KEY", "dk_test").run("keys", "list");

        // then
        assertThat(run.exitCode).isEqualTo(ExitCodes.AUTH);
        assertThat(run.err).contains("Needs the admin key");
    }

    @Test
    void should_exit_5_when_the_server_fails() {
        // given
        server.on("GET /api/templates", 503, "{\"status\":503,\"detail\":\"Kafka is not reachable\"}");

        // when
        CliRun run = cli("list");

        // then
        assertThat(run.exitCode).isEqualTo(ExitCodes.SERVER);
        assertThat(run.err).contains("Error 503: Kafka is not reachable");
    }

    @Test
    void should_exit_1_with_each_field_error_when_the_server_rejects_the_inputs() {
        // given
        server.on("POST /api/templates/greeting/render", 422, """
                {"status":422,"detail":"Invalid inputs","errors":[{"field":"name","message":"is required"}]}""");

        // when
        CliRun run = cli("render", "greeting");

        // then
        assertThat(run.exitCode).isEqualTo(ExitCodes.OTHER);
        assertThat(run.err).contains("Error 422: Invalid inputs").contains("- name: is required");
    }

    @Test
    void should_exit_5_and_say_how_to_start_it_when_no_server_listens() throws IOException {
        // given
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        // when
        CliRun run = CliRun.in(dir).env("DAKORA_URL", "http://127.0.0.1:" + port).run("list");

        // then
        assertThat(run.exitCode).isEqualTo(ExitCodes.SERVER);
        assertThat(run.err).contains("Cannot reach the Dakora server at http://127.0.0.1:" + port)
                .contains("Start it with ./dakora");
    }

    @Test
    void should_send_the_key_and_url_from_dot_env_when_the_environment_has_none() throws IOException {
        // given
        server.on("GET /api/templates", 200, "[]");
        Files.writeString(dir.resolve(".env"), "DAKORA_URL=" + server.url() + "\nDAKORA_API_KEY=\"dk_from_env_file\"\n");

        // when
        CliRun run = CliRun.in(dir).run("list");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(server.only("GET").header("X-API-Key")).isEqualTo("dk_from_env_file");
    }

    @Test
    void should_prefer_the_option_to_the_environment_when_both_name_a_key() {
        // given
        server.on("GET /api/templates", 200, "[]");

        // when
        CliRun run = CliRun.in(dir).env("DAKORA_URL", "http://127.0.0.1:1").env("DAKORA_API_KEY", "dk_env")
                .run("list", "--url", server.url(), "--api-key", "dk_option");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(server.only("GET").header("X-API-Key")).isEqualTo("dk_option");
    }

    @Test
    void should_exit_2_when_an_option_is_unknown() {
        // when
        CliRun run = cli("list", "--colour");

        // then
        assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err).contains("Unknown option: '--colour'");
    }

    @Test
    void should_exit_2_when_a_command_group_gets_no_subcommand() {
        // when
        CliRun run = cli("batch");

        // then
        assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err).contains("Missing subcommand").contains("submit");
    }

    @Test
    void should_exit_2_when_the_url_is_not_a_url() {
        // when
        CliRun run = CliRun.in(dir).run("list", "--url", "not a url");

        // then
        assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err).contains("Not a valid server URL");
    }
}
