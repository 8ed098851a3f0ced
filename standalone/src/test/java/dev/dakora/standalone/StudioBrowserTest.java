package dev.dakora.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.FileSystemUtils;

/**
 * The Studio in Chromium against the whole standalone (gateway, render worker, LLM worker with echo, log
 * sink, embedded Kafka and PostgreSQL): every {@code studio/e2e/*.e2e.mjs} in turn against one standalone,
 * each with its own time limit, each expected to exit 0. The main script covers templates, live preview,
 * versions, a comparison of two echo models over {@code /ws/events}, a 20-row batch to 100% with its CSV,
 * a batch whose rows fail to render, the call panel, the execution log and its links, the narrow layout and
 * dark mode. Screenshots and each script's log go to {@code target/e2e-artifacts/<script>/}.
 */
class StudioBrowserTest {

    private static final Path ARTIFACTS = Path.of("target", "e2e-artifacts");
    private static final Duration LIMIT = Duration.ofMinutes(5);

    @Test
    void should_pass_every_browser_step_when_the_studio_runs_against_the_whole_standalone(@TempDir Path dir) throws Exception {
        // given
        StudioScript script = StudioScript.locate();
        Path prompts = Files.createDirectories(dir.resolve("prompts"));
        Files.copy(new ClassPathResource("studio-e2e/greeting.yaml").getInputStream(), prompts.resolve("greeting.yaml"));
        FileSystemUtils.deleteRecursively(ARTIFACTS);
        try (Standalone standalone = Standalone.start(FreePorts.settings(dir.resolve("data"), prompts), Roles.all(),
                "--server.port=0")) {
            int port = standalone.webPort().orElseThrow();
            Http.Response index = new Http(port, Map.of()).get("/");
            assertThat(index.body()).as("the gateway serves the Studio (built without -Dstudio.skip)").contains("<div id=\"root\">");

            List<String> scripts = script.scripts();
            assertThat(scripts).contains(StudioScript.MAIN);

            // when
            SoftAssertions each = new SoftAssertions();
            for (String name : scripts) {
                StudioScript.Run run = script.run(name, "http://127.0.0.1:" + port, artifactsOf(name), LIMIT);
                each.assertThat(run.exitCode()).as(name + ":\n" + run.output()).isZero();
                each.assertThat(run.output()).as(name).contains(" passed, 0 failed");
            }

            // then
            each.assertAll();
            Path main = artifactsOf(StudioScript.MAIN);
            assertThat(Files.readString(main.resolve("studio.e2e.log")))
                    .contains("ok   compare two echo models: both columns fill live over /ws/events")
                    .contains("ok   a 20-row batch pasted as CSV reaches 100% with its grid filled")
                    .contains("ok   a batch whose rows fail to render says why, row by row");
            assertThat(main.resolve("07-compare.png")).isNotEmptyFile();
            assertThat(main.resolve("09-batch-done.png")).isNotEmptyFile();
            assertThat(main.resolve("10-executions.png")).isNotEmptyFile();
            assertThat(main.resolve("13-narrow.png")).isNotEmptyFile();
            assertThat(main.resolve("14-dark.png")).isNotEmptyFile();
            assertThat(main.resolve("09-batch-results.csv")).content().hasLineCount(41);
        }
    }

    private static Path artifactsOf(String script) {
        return ARTIFACTS.resolve(script.replace(".e2e.mjs", ""));
    }

    @Test
    void should_exit_non_zero_naming_the_address_when_no_dakora_answers_there(@TempDir Path dir) throws Exception {
        // given
        StudioScript script = StudioScript.locate();
        String nobody = "http://127.0.0.1:" + FreePorts.next();

        // when
        StudioScript.Run run = script.run(nobody, dir, Duration.ofSeconds(30));

        // then
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("no Dakora answers at " + nobody);
    }

    @Test
    void should_fail_naming_the_install_command_when_chromium_is_missing(@TempDir Path dir) {
        // given
        Path missing = dir.resolve("no-chromium-here");

        // when / then
        assertThatThrownBy(() -> StudioScript.requireChromium(missing))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("apt-get install -y chromium");
    }
}
