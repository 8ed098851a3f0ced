package dev.dakora.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Static checks of docker/docker-compose.yml and docker/Dockerfile against the roles' configuration: every
 * worker's healthcheck probes the readiness endpoint on the management port its application.yml serves, and
 * the image exposes the port the service serves.
 */
class ComposeHealthchecksTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> WORKERS = List.of("render-worker", "llm-worker", "eval-worker", "log-sink");
    private static final Pattern PROBED_PORT = Pattern.compile("/dev/tcp/127\\.0\\.0\\.1/(\\d+) .*GET /actuator/health/readiness ");
    private static final Pattern MANAGEMENT_PORT = Pattern.compile("(?m)^server:\\s*\\n\\s+port: \\$\\{DAKORA_MANAGEMENT_PORT:(\\d+)}");

    @Test
    void should_probe_each_workers_readiness_on_the_port_its_configuration_serves() throws IOException {
        Map<String, Map<String, Object>> services = services();
        for (String worker : WORKERS) {
            // given
            String configuration = Files.readString(ROOT.resolve(worker).resolve("src/main/resources/application.yml"));
            Matcher served = MANAGEMENT_PORT.matcher(configuration);

            // when
            Optional<String> probed = probedPort(services.get(worker));

            // then
            assertThat(served.find()).as(worker + " serves its health on DAKORA_MANAGEMENT_PORT").isTrue();
            assertThat(probed).as(worker + " healthcheck").contains(served.group(1));
            assertThat(configuration).as(worker + " exposes its health").containsPattern("include: health\\b")
                    .containsPattern("readiness:\\s*\\n\\s+include: readinessState, ");
        }
        assertThat(probedPort(services.get("api-gateway"))).contains("54321");
    }

    @Test
    void should_find_no_probed_port_in_a_healthcheck_that_does_not_ask_for_readiness() {
        assertThat(probedPort(Map.of("healthcheck", Map.of("test", List.of("CMD-SHELL", "pg_isready -U dakora"))))).isEmpty();
        assertThat(probedPort(Map.of())).isEmpty();
    }

    @Test
    void should_expose_the_port_each_java_service_serves() throws IOException {
        // given
        String dockerfile = Files.readString(ROOT.resolve("docker/Dockerfile"));
        Map<String, Map<String, Object>> services = services();

        // when
        Matcher defaultPort = Pattern.compile("(?m)^ARG HTTP_PORT=(\\d+)$").matcher(dockerfile);

        // then
        assertThat(dockerfile).containsPattern("(?m)^EXPOSE \\$\\{HTTP_PORT}$");
        assertThat(defaultPort.find()).isTrue();
        for (String worker : WORKERS) {
            assertThat(buildArgs(services.get(worker))).as(worker).doesNotContainKey("HTTP_PORT");
            assertThat(probedPort(services.get(worker))).as(worker).contains(defaultPort.group(1));
        }
        assertThat(buildArgs(services.get("api-gateway"))).containsEntry("HTTP_PORT", "54321");
    }

    private static Optional<String> probedPort(Map<String, Object> service) {
        if (!(service.get("healthcheck") instanceof Map<?, ?> healthcheck) || !(healthcheck.get("test") instanceof List<?> test)) {
            return Optional.empty();
        }
        Matcher matcher = PROBED_PORT.matcher(String.join(" ", test.stream().map(String::valueOf).toList()));
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> buildArgs(Map<String, Object> service) {
        return (Map<String, Object>) ((Map<String, Object>) service.get("build")).get("args");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker/docker-compose.yml"))) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            return (Map<String, Map<String, Object>>) root.get("services");
        }
    }
}
