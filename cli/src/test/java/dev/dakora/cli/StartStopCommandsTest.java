package dev.dakora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

class StartStopCommandsTest {

    @TempDir
    Path dir;

    @Test
    void should_write_a_pid_file_and_stop_that_process_when_detached() throws Exception {
        // given a launcher that stands in for the standalone
        Path home = Files.createDirectories(dir.resolve("home"));
        executable(home.resolve("dakora"), "#!/bin/sh\necho standalone up \"$@\"\nexec sleep 60\n");

        // when
        CliRun start = CliRun.in(dir).env("DAKORA_HOME", home.toString()).run("start", "--detach", "--", "--server.port=9999");

        // then
        assertThat(start.exitCode).as(start.toString()).isZero();
        long pid = Long.parseLong(Files.readString(dir.resolve(".dakora/standalone.pid")).strip());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        assertThat(process.isAlive()).isTrue();
        awaitLog("standalone up --server.port=9999");
        CliRun again = CliRun.in(dir).env("DAKORA_HOME", home.toString()).run("start", "--detach");
        assertThat(again.exitCode).isEqualTo(ExitCodes.OTHER);
        assertThat(again.err).contains("already running (pid " + pid + ")");

        // when
        CliRun stop = CliRun.in(dir).run("stop");

        // then
        assertThat(stop.exitCode).as(stop.toString()).isZero();
        assertThat(stop.out).contains("Stopped Dakora (pid " + pid + ")");
        assertThat(process.isAlive()).isFalse();
        assertThat(dir.resolve(".dakora/standalone.pid")).doesNotExist();
    }

    @Test
    void should_run_the_launcher_in_the_foreground_and_pass_its_arguments_when_not_detached() throws IOException {
        // given
        Path home = Files.createDirectories(dir.resolve("home"));
        executable(home.resolve("dakora"), "#!/bin/sh\necho \"$@\" > " + dir.resolve("args.txt") + "\n");

        // when
        CliRun run = CliRun.in(dir).env("DAKORA_HOME", home.toString()).run("start", "--", "--server.port=8080");

        // then
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(Files.readString(dir.resolve("args.txt"))).isEqualTo("--server.port=8080\n");
        assertThat(dir.resolve(".dakora/standalone.pid")).doesNotExist();
    }

    @Test
    void should_exit_1_when_the_foreground_standalone_fails() throws IOException {
        // given
        Path home = Files.createDirectories(dir.resolve("home"));
        executable(home.resolve("dakora"), "#!/bin/sh\nexit 7\n");

        // when
        CliRun run = CliRun.in(dir).env("DAKORA_HOME", home.toString()).run("start");

        // then
        assertThat(run.exitCode).isEqualTo(ExitCodes.OTHER);
        assertThat(run.err).contains("exited with code 7");
    }

    @Test
    void should_say_nothing_runs_and_drop_a_stale_pid_file_when_stopping() throws IOException {
        // given
        Files.createDirectories(dir.resolve(".dakora"));
        Files.writeString(dir.resolve(".dakora/standalone.pid"), "999999999\n");

        // when
        CliRun run = CliRun.in(dir).run("stop");

        // then
        assertThat(run.exitCode).isZero();
        assertThat(run.out).contains("not running");
        assertThat(dir.resolve(".dakora/standalone.pid")).doesNotExist();
    }

    @Test
    void should_exit_1_with_a_hint_when_no_launcher_is_found() {
        // when
        CliRun run = CliRun.in(dir).run("start", "--detach");

        // then
        assertThat(run.exitCode).isEqualTo(ExitCodes.OTHER);
        assertThat(run.err).contains("Cannot find the dakora launcher").contains("DAKORA_HOME");
    }

    @Test
    void should_run_docker_compose_up_on_the_compose_file_with_the_env_file_when_starting_with_docker() throws IOException {
        // given
        Path calls = dir.resolve("docker-calls.txt");
        Path docker = executable(dir.resolve("fake-docker"), "#!/bin/sh\necho \"$@\" >> " + calls + "\n");
        Files.createDirectories(dir.resolve("docker"));
        Files.writeString(dir.resolve("docker/docker-compose.yml"), "services: {}\n");
        Files.writeString(dir.resolve(".env"), "DAKORA_ADMIN_KEY=x\n");

        // when
        CliRun up = CliRun.in(dir).env("DAKORA_DOCKER", docker.toString()).run("start", "--docker");
        CliRun down = CliRun.in(dir).env("DAKORA_DOCKER", docker.toString()).run("stop", "--docker");

        // then
        assertThat(up.exitCode).as(up.toString()).isZero();
        assertThat(down.exitCode).as(down.toString()).isZero();
        assertThat(Files.readAllLines(calls)).containsExactly(
                "compose --env-file " + dir.resolve(".env") + " -f " + dir.resolve("docker/docker-compose.yml") + " up -d",
                "compose --env-file " + dir.resolve(".env") + " -f " + dir.resolve("docker/docker-compose.yml") + " down");
    }

    @Test
    void should_say_to_run_init_when_starting_with_docker_without_a_compose_file() {
        // when
        CliRun run = CliRun.in(dir).env("DAKORA_DOCKER", "/bin/true").run("start", "--docker");

        // then
        assertThat(run.exitCode).isEqualTo(ExitCodes.OTHER);
        assertThat(run.err).contains("dakora init");
    }

    private Path executable(Path file, String script) throws IOException {
        Files.writeString(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private void awaitLog(String text) throws Exception {
        Path log = dir.resolve(".dakora/standalone.log");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("log never said '" + text + "': " + (Files.exists(log) ? Files.readString(log) : "no log"));
    }
}
