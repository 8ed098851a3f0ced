package dev.dakora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

class ProjectCommandsTest {

    @TempDir
    Path dir;

    @Test
    void should_create_prompts_env_and_docker_files_when_initialising() throws IOException {
        // when
        CliRun run = CliRun.in(dir).env("DAKORA_HOME", "/opt/dakora").run("init");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(Files.readString(dir.resolve("prompts/greeting.yaml"))).contains("id: greeting");
        assertThat(Files.readString(dir.resolve("docker/docker-compose.yml")))
                .isEqualTo(Files.readString(Path.of("..", "docker", "docker-compose.yml")));
        assertThat(dir.resolve("docker/.env.example")).exists();
        String env = Files.readString(dir.resolve(".env"));
        assertThat(env).containsPattern("DAKORA_ADMIN_KEY=dk_admin_[0-9a-f]{48}\n").contains("DAKORA_SOURCE=/opt/dakora");
    }

    @Test
    void should_keep_existing_files_when_initialising_again() throws IOException {
        // given
        Files.writeString(dir.resolve(".env"), "DAKORA_URL=http://mine:1\n");

        // when
        CliRun run = CliRun.in(dir).run("init");

        // then
        assertThat(run.exitCode).isZero();
        assertThat(run.out).contains("kept     .env (exists)").contains("created  prompts/greeting.yaml");
        assertThat(Files.readString(dir.resolve(".env"))).isEqualTo("DAKORA_URL=http://mine:1\n");
    }

    @Test
    void should_save_url_and_key_read_from_stdin_when_linking() throws IOException {
        // given
        Files.writeString(dir.resolve(".env"), "# mine\nOPENAI_API_KEY=\nDAKORA_URL=http://old:1\n");
        String key = "dk_" + System.nanoTime();

        // when
        CliRun run = CliRun.in(dir).stdin(key + "\n").run("link", "https://dakora.example.com");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).doesNotContain(key).contains("Linked to https://dakora.example.com");
        assertThat(Files.readAllLines(dir.resolve(".env")))
                .containsExactly("# mine", "OPENAI_API_KEY=", "DAKORA_URL=https://dakora.example.com", "DAKORA_API_KEY=" + key);
    }

    @Test
    void should_refuse_a_url_without_http_when_linking() {
        // when
        CliRun run = CliRun.in(dir).stdin("dk_x\n").run("link", "dakora.example.com");

        // then
        assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err).contains("must start with http:// or https://");
        assertThat(dir.resolve(".env")).doesNotExist();
    }

    @Test
    void should_print_the_version() {
        // when
        CliRun run = CliRun.in(dir).run("version");

        // then
        assertThat(run.exitCode).isZero();
        assertThat(run.out).matches("dakora \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(Java .*\\)\\n");
    }

    @Test
    void should_print_usage_for_every_command_when_asked_for_help() {
        // given
        List<String> paths = new ArrayList<>();
        collect(new CommandLine(new DakoraCli(), new ContextFactory(CliRun.context(dir))), "", paths);

        for (String path : paths) {
            // when
            List<String> args = new ArrayList<>(List.of(path.isBlank() ? new String[0] : path.strip().split(" ")));
            args.add("--help");
            CliRun run = CliRun.in(dir).run(args.toArray(String[]::new));

            // then
            assertThat(run.exitCode).as(path + " --help").isZero();
            assertThat(run.out).as(path + " --help").startsWith("Usage: dakora" + path);
        }
        assertThat(paths).contains(" batch submit", " jobs watch", " keys revoke", " start");
    }

    @Test
    void should_exit_2_for_an_unknown_command() {
        // when
        CliRun run = CliRun.in(dir).run("frobnicate");

        // then
        assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err).contains("Unmatched argument");
    }

    private static void collect(CommandLine line, String path, List<String> paths) {
        paths.add(path);
        line.getSubcommands().forEach((name, sub) -> collect(sub, path + " " + name, paths));
    }
}
