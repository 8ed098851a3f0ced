package dev.dakora.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every hostile template of {@link HostileCases}, through both paths of one standalone running in a
 * child JVM with a 512 MiB heap that exits on any {@link OutOfMemoryError}: the synchronous render
 * ({@code POST /api/templates/{id}/render}: 422 with a message within the render deadline) and a
 * compare job through Kafka and the render worker (failed, with a message). After each case the
 * process is still alive and healthy and renders a normal template; after all of them a normal
 * comparison completes. A case that kills the child fails, and the child is started again for the
 * next one; an {@code OutOfMemoryError} reported in its log during a case fails the case too.
 * {@code -Ddakora.hostile.exit-on-oom=false} keeps the child running after one, to see every case's
 * outcome in one run. Part of the default build.
 */
@Tag("hostile-templates")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileTemplatesTest {

    /** {@code dakora.render.timeout}, given to the child; the gateway and the render worker both use it. */
    private static final Duration RENDER_DEADLINE = Duration.ofSeconds(2);
    /** What a loaded two-core machine adds to a render's answer beyond the deadline. */
    private static final Duration HTTP_SLACK = Duration.ofSeconds(3);
    private static final Duration JOB_PATIENCE = Duration.ofSeconds(30);
    private static final Set<String> FINAL = Set.of("completed", "failed", "cancelled");
    /** A stack frame, or the qualified name of a Java exception or error. */
    private static final Pattern LEAK = Pattern.compile(
            "\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)|\\b(?:[a-z_]\\w*\\.)+[A-Z]\\w*(?:Exception|Error)\\b|OutOfMemoryError|StackOverflowError");
    private static final AtomicInteger IDS = new AtomicInteger();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Path dataDir;
    private static ChildStandalone child;

    @BeforeAll
    static void start() throws Exception {
        dataDir = Files.createTempDirectory("dakora-hostile");
        boolean exitOnOutOfMemory = Boolean.parseBoolean(System.getProperty("dakora.hostile.exit-on-oom", "true"));
        child = new ChildStandalone(dataDir, "512m", exitOnOutOfMemory, List.of("--dakora.render.timeout=" + RENDER_DEADLINE.toSeconds() + "s"));
        child.start();
        create("normal", "Hello {{ name }}!", Map.of("name", Map.of("type", "string", "required", true)));
    }

    @AfterAll
    static void stop() {
        if (child != null) {
            child.close();
        }
        if (dataDir != null) {
            FileSystemUtils.deleteRecursively(dataDir.toFile());
        }
    }

    static List<HostileCases.Case> cases() {
        return HostileCases.all();
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void should_refuse_the_hostile_template_with_a_message_through_http_and_jobs_and_stay_healthy(HostileCases.Case hostile)
            throws Exception {
        // given
        if (!child.alive()) {
            child.close();
            child.start();
        }
        String id = "hostile-" + IDS.incrementAndGet();
        create(id, hostile.template(), Map.of());
        SoftAssertions softly = new SoftAssertions();
        long logBefore = child.logSize();

        // when
        long started = System.nanoTime();
        Http.Response rendered = renderOrFailure(id);
        Duration renderTook = Duration.ofNanos(System.nanoTime() - started);
        JsonNode job = child.alive() ? runCompareJob(id) : null;

        // then
        softly.assertThat(child.alive()).as("the standalone is alive (no OutOfMemoryError); its log:%n%s",
                child.alive() ? "" : child.logTail()).isTrue();
        if (hostile.refused()) {
            softly.assertThat(rendered.status()).as("render status, body %s", rendered.body()).isEqualTo(422);
            softly.assertThat(detail(rendered)).as("render problem detail").isNotBlank();
        } else {
            softly.assertThat(rendered.status()).as("render status, body %s", rendered.body()).isEqualTo(200);
            softly.assertThat(rendered.status() == 200 ? rendered.json().path("rendered").asString() : null)
                    .as("Jinja2's output").isEqualTo(hostile.jinja2Output());
        }
        softly.assertThat(LEAK.matcher(rendered.body()).find()).as("a stack trace or Java error in %s", rendered.body()).isFalse();
        softly.assertThat(renderTook).as("render answer time").isLessThanOrEqualTo(RENDER_DEADLINE.plus(HTTP_SLACK));
        if (job != null) {
            String error = job.path("error").asString("");
            softly.assertThat(job.path("status").asString()).as("job %s", job).isEqualTo(hostile.refused() ? "failed" : "completed");
            if (hostile.refused()) {
                softly.assertThat(error).as("the failed job's error").isNotBlank();
            }
            softly.assertThat(LEAK.matcher(job.toString()).find()).as("a stack trace or Java error in %s", job).isFalse();
        }
        softly.assertThat(child.logSince(logBefore)).as("the standalone's log during the case").doesNotContain("OutOfMemoryError");
        if (child.alive()) {
            softly.assertThat(healthStatus()).as("/api/health after the case").isEqualTo("healthy");
            Http.Response normal = child.http().post("/api/templates/normal/render", Map.of("inputs", Map.of("name", "Ada")));
            softly.assertThat(normal.body()).as("a normal render after the case").contains("Hello Ada!");
        }
        softly.assertAll();
    }

    @Order(2)
    @Test
    void should_still_complete_a_normal_comparison_and_report_healthy_after_every_hostile_template() throws Exception {
        // given
        if (!child.alive()) {
            child.close();
            child.start();
        }

        // when
        Http.Response compared = child.http().post("/api/templates/normal/compare",
                Map.of("inputs", Map.of("name", "Ada"), "models", List.of("echo")));

        // then
        assertThat(compared.status()).as(compared.body()).isEqualTo(200);
        assertThat(compared.json().get("results").get(0).get("output").asString()).isEqualTo("Hello Ada!");
        assertThat(healthStatus()).isEqualTo("healthy");
    }

    private static JsonNode runCompareJob(String id) throws Exception {
        Http.Response accepted = child.http().post("/api/jobs", Map.of("type", "compare", "template_id", id,
                "inputs", Map.of(), "models", List.of("echo")));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String path = "/api/jobs/" + accepted.json().get("job_id").asString();
        AtomicReference<JsonNode> last = new AtomicReference<>();
        try {
            await().atMost(JOB_PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
                Http.Response job = child.http().get(path);
                if (job.status() == 200) {
                    last.set(job.json());
                }
                return last.get() != null && FINAL.contains(last.get().path("status").asString(""));
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // the assertions on the last state seen name what was missing
        }
        return last.get() == null ? JSON.readTree("{\"status\":\"(no answer from " + path + ")\"}") : last.get();
    }

    /** The render's answer, or status -1 with the failure when no answer came (the child died mid-request). */
    private static Http.Response renderOrFailure(String id) {
        try {
            return child.http().post("/api/templates/" + id + "/render", Map.of("inputs", Map.of()));
        } catch (Exception e) {
            return new Http.Response(-1, "no answer: " + e);
        }
    }

    private static String healthStatus() throws Exception {
        Http.Response health = child.http().get("/api/health");
        return health.json().path("status").asString("(status " + health.status() + ")");
    }

    private static String detail(Http.Response response) {
        try {
            return response.json().path("detail").asString("");
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static void create(String id, String template, Map<String, Object> inputs) throws Exception {
        Http.Response created = child.http().post("/api/templates", Map.of("id", id, "template", template, "inputs", inputs));
        assertThat(created.status()).as("saving the template: %s", created.body()).isEqualTo(201);
    }
}
