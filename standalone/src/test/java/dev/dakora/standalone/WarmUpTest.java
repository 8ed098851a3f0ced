package dev.dakora.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The standalone's self-warm-up: compares through the real pipeline before it reports ready, held out of
 * {@code /api/health} while it runs, and nothing of it left where a user looks: template list and files,
 * executions, jobs, stats. It can be turned off, and a failing warm-up does not stop the start.
 */
class WarmUpTest {

    private static final String JOBS_TOPIC = "dakora.jobs";

    @TempDir
    Path dir;

    @Test
    void warmUpRunsComparesBeforeReadyAndLeavesNoTraceAUserCanSee() throws Exception {
        // given
        Path prompts = userPrompts();
        int port = FreePorts.next();
        HealthWatch health = new HealthWatch(port);
        List<HealthWatch.Answer> answers;
        long returned;
        // when
        try (Standalone standalone = Standalone.start(FreePorts.settings(dir.resolve("data"), prompts), Roles.all(),
                "--server.port=" + port, "--dakora.standalone.warm-up.compares=10")) {
            returned = System.nanoTime();
            answers = health.stop();
            String bootstrap = standalone.infrastructure().kafka().bootstrapServers();

            // then the warm-up ran through the pipeline, while the health said so
            assertThat(standalone.warmUpTime()).isPositive();
            assertThat(KafkaProbe.countContaining(bootstrap, JOBS_TOPIC, WarmUp.ID_PREFIX)).isGreaterThanOrEqualTo(10);
            assertThat(answers).anySatisfy(answer -> {
                assertThat(answer.status()).isEqualTo(503);
                assertThat(answer.body()).contains("\"warm-up\"");
            });
            long oneSecondBefore = returned - Duration.ofSeconds(1).toNanos();
            assertThat(answers).filteredOn(answer -> answer.receivedNanos() < oneSecondBefore)
                    .noneMatch(answer -> answer.status() == 200);
            // and left nothing a user sees: only the user's own compare is in the log
            Http http = new Http(port, Map.of());
            assertThat(http.post("/api/templates/greeting/compare", Map.of("inputs", Map.of("name", "Ada"),
                    "models", List.of("echo"))).status()).isEqualTo(200);
            assertOnlyTheUsersCompare(http, prompts, 1);
        }
    }

    @Test
    void warmUpSetToZeroSendsNoCompare() throws Exception {
        // given
        Path prompts = userPrompts();
        int port = FreePorts.next();
        // when
        try (Standalone standalone = Standalone.start(FreePorts.settings(dir.resolve("data"), prompts), Roles.all(),
                "--server.port=" + port, "--dakora.standalone.warm-up.compares=0")) {
            // then
            assertThat(standalone.warmUpTime()).isZero();
            assertThat(KafkaProbe.countContaining(standalone.infrastructure().kafka().bootstrapServers(), JOBS_TOPIC,
                    WarmUp.ID_PREFIX)).isZero();
            assertThat(new Http(port, Map.of()).get("/api/health").status()).isEqualTo(200);
        }
    }

    @Test
    void aFailingWarmUpIsLoggedAndTheStandaloneStillStartsClean() throws Exception {
        // given: every compare answers 504 (the job goes on in the pipeline)
        Path prompts = userPrompts();
        int port = FreePorts.next();
        // when
        try (Standalone standalone = Standalone.start(FreePorts.settings(dir.resolve("data"), prompts), Roles.all(),
                "--server.port=" + port, "--dakora.standalone.warm-up.compares=30", "--dakora.compare.timeout=1ms")) {
            // then: it stopped at the first failure, and is up and clean
            Http http = new Http(port, Map.of());
            assertThat(standalone.warmUpTime()).isPositive();
            assertThat(KafkaProbe.countContaining(standalone.infrastructure().kafka().bootstrapServers(), JOBS_TOPIC,
                    WarmUp.ID_PREFIX)).isLessThanOrEqualTo(1);
            assertThat(http.get("/api/health").status()).isEqualTo(200);
            assertOnlyTheUsersCompare(http, prompts, 0);
        }
    }

    private Path userPrompts() throws Exception {
        Path prompts = Files.createDirectories(dir.resolve("prompts"));
        Files.copy(Path.of(getClass().getResource("/studio-e2e/greeting.yaml").toURI()), prompts.resolve("greeting.yaml"));
        return prompts;
    }

    private void assertOnlyTheUsersCompare(Http http, Path prompts, int calls) throws Exception {
        assertThat(http.get("/api/templates").body()).isEqualTo("[\"greeting\"]");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> http.get("/api/executions?limit=100").json().get("items").size() >= calls);
        JsonNode executions = http.get("/api/executions?limit=100").json().get("items");
        assertThat(executions).hasSize(calls);
        executions.forEach(row -> assertThat(row.get("prompt_id").asString()).isEqualTo("greeting"));
        JsonNode jobs = http.get("/api/jobs?limit=100").json();
        assertThat(jobs.toString()).doesNotContain(WarmUp.ID_PREFIX);
        JsonNode groups = http.get("/api/stats?group_by=template").json().get("groups");
        assertThat(groups).hasSize(calls);
        groups.forEach(group -> assertThat(group.get("calls").asLong()).isEqualTo(calls));
        try (Stream<Path> files = Files.walk(prompts)) {
            assertThat(files.map(Path::toString)).noneMatch(name -> name.contains(WarmUp.ID_PREFIX));
        }
        assertThat(dir.resolve("data").resolve(WarmUpTraces.PENDING_FILE)).doesNotExist();
    }
}
