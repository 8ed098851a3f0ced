package dev.dakora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * After {@code package}: for each Java service of docker/docker-compose.yml, the jar docker/Dockerfile copies (its glob,
 * with the service's MODULE build argument) is exactly one file of the module's build output, and Spring Boot's launcher
 * can start it. Runs in the integration-test phase, when the services' jars exist.
 */
class DockerImageJarIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path DOCKERFILE = ROOT.resolve("docker/Dockerfile");
    private static final List<String> JAVA_SERVICES = List.of("api-gateway", "render-worker", "llm-worker", "log-sink");

    private final Map<String, Map<String, Object>> services = ComposeFile.services(ROOT.resolve("docker/docker-compose.yml"));

    @Test
    void should_copy_one_runnable_spring_boot_jar_into_each_service_image() throws IOException {
        for (String service : JAVA_SERVICES) {
            // given
            String module = ComposeFile.buildArgs(services.get(service)).get("MODULE");
            assertThat(module).as(service + " MODULE build argument").isNotBlank();

            // when
            String glob = RunnableJar.copiedGlob(DOCKERFILE, module);
            List<Path> copied = RunnableJar.matches(ROOT, glob);

            // then
            assertThat(copied).as(service + ": " + glob + " after package").hasSize(1);
            assertThat(RunnableJar.startClass(copied.getFirst())).as(service + ": " + copied.getFirst() + " Start-Class")
                    .hasValueSatisfying(start -> assertThat(start).startsWith("dev.dakora."));
        }
    }

    @Test
    void should_refuse_the_plain_jar_of_a_service_as_an_image_jar() throws IOException {
        // given: the glob that picked the plain jar, beside the runnable one, in the same build output
        List<Path> plain = RunnableJar.matches(ROOT, "llm-worker/target/llm-worker-*[0-9T].jar");

        // then
        assertThat(plain).hasSize(1);
        assertThat(RunnableJar.startClass(plain.getFirst())).isEmpty();
    }
}
