package dev.dakora.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Static checks of docker/docker-compose.yml (no Docker engine needed): every variable a Dakora service is given is one
 * that service reads, every image builds from a Dockerfile that exists, workers can be scaled.
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Map<String, String> JAVA_SERVICES = Map.of(
            "api-gateway", "api-gateway", "render-worker", "render-worker", "llm-worker", "llm-worker", "log-sink", "log-sink",
            "eval-worker", "eval-worker");

    private final Map<String, Map<String, Object>> services = ComposeFile.services(ROOT.resolve("docker/docker-compose.yml"));

    @Test
    void should_give_each_java_service_only_variables_it_reads() throws IOException {
        for (var service : JAVA_SERVICES.entrySet()) {
            // given
            ServiceVariables reads = ServiceVariables.of(ROOT.resolve(service.getValue()));

            // when
            Map<String, String> given = ComposeFile.environment(services.get(service.getKey()));

            // then
            assertThat(given).as(service.getKey()).isNotEmpty();
            assertThat(given.keySet()).as(service.getKey() + " sets variables it never reads")
                    .allSatisfy(name -> assertThat(reads.reads(name)).as(service.getKey() + " reads " + name).isTrue());
        }
    }

    @Test
    void should_tell_a_variable_nobody_reads_from_one_that_is_read() throws IOException {
        // given
        ServiceVariables gateway = ServiceVariables.of(ROOT.resolve("api-gateway"));
        ServiceVariables worker = ServiceVariables.of(ROOT.resolve("llm-worker"));

        // then
        assertThat(gateway.reads("DAKORA_ADMIN_KEY")).as("placeholder").isTrue();
        assertThat(gateway.reads("DATABASE_URL")).as("named in code").isTrue();
        assertThat(gateway.reads("SPRING_KAFKA_BOOTSTRAP_SERVERS")).as("relaxed binding").isTrue();
        assertThat(gateway.reads("DAKORA_ADMIN_KEYS")).isFalse();
        assertThat(gateway.reads("OPENAI_API_KEY")).as("named in code: whether the key is set, for GET /api/models").isTrue();
        assertThat(worker.reads("OPENAI_API_KEY")).isTrue();
        assertThat(worker.reads("DATABASE_URL")).isFalse();
    }

    @Test
    void should_run_each_java_service_with_a_docker_profile_its_configuration_defines() throws IOException {
        for (var service : JAVA_SERVICES.entrySet()) {
            // when
            Map<String, String> given = ComposeFile.environment(services.get(service.getKey()));

            // then
            assertThat(given).as(service.getKey()).containsEntry("SPRING_PROFILES_ACTIVE", "docker");
            assertThat(ServiceVariables.of(ROOT.resolve(service.getValue())).profiles()).as(service.getKey()).contains("docker");
            assertThat(given.get("KAFKA_BOOTSTRAP_SERVERS")).as(service.getKey()).isEqualTo("kafka:9092");
        }
    }

    @Test
    void should_build_every_image_from_a_context_and_dockerfile_that_exist() {
        for (var service : services.entrySet()) {
            if (!service.getValue().containsKey("build")) {
                continue;
            }
            // when
            Map<?, ?> build = (Map<?, ?>) service.getValue().get("build");
            Path context = ROOT.resolve("docker").resolve(ComposeFile.withDefaults(String.valueOf(build.get("context")))).normalize();

            // then
            assertThat(context).as(service.getKey() + " context").isDirectory();
            assertThat(context.resolve(String.valueOf(build.get("dockerfile")))).as(service.getKey() + " Dockerfile").isRegularFile();
        }
        assertThat(services.keySet()).containsAll(Set.of("kafka", "postgres", "api-gateway", "render-worker", "llm-worker",
                "log-sink", "studio"));
    }

    @Test
    void should_build_each_java_service_from_the_shared_dockerfile_copying_its_runnable_jar() throws IOException {
        for (var service : JAVA_SERVICES.entrySet()) {
            // given
            Map<?, ?> build = (Map<?, ?>) services.get(service.getKey()).get("build");
            String module = ComposeFile.buildArgs(services.get(service.getKey())).get("MODULE");
            String pom = Files.readString(ROOT.resolve(service.getValue()).resolve("pom.xml"));

            // when
            PathMatcher copied = FileSystems.getDefault().getPathMatcher("glob:"
                    + RunnableJar.copiedGlob(ROOT.resolve("docker/Dockerfile"), module));
            String jar = service.getValue() + "/target/" + artifactId(pom) + "-" + version();

            // then
            assertThat(build.get("dockerfile")).as(service.getKey()).isEqualTo("docker/Dockerfile");
            assertThat(module).as(service.getKey()).isEqualTo(service.getValue());
            assertThat(pom).as(service.getKey() + " repackages its runnable jar as -exec").contains("<classifier>exec</classifier>");
            assertThat(copied.matches(Path.of(jar + "-exec.jar"))).as(service.getKey() + " runnable jar").isTrue();
            assertThat(copied.matches(Path.of(jar + ".jar"))).as(service.getKey() + " plain jar").isFalse();
        }
    }

    @Test
    void should_tell_a_glob_of_the_plain_jar_from_one_of_the_runnable_jar() {
        // given: the glob that copied the llm-worker's plain jar
        PathMatcher plainGlob = FileSystems.getDefault().getPathMatcher("glob:llm-worker/target/llm-worker-*[0-9T].jar");

        // then
        assertThat(plainGlob.matches(Path.of("llm-worker/target/llm-worker-0.1.0-SNAPSHOT.jar"))).isTrue();
        assertThat(plainGlob.matches(Path.of("llm-worker/target/llm-worker-0.1.0-SNAPSHOT-exec.jar"))).isFalse();
    }

    private static String artifactId(String pom) {
        Matcher matcher = Pattern.compile("</parent>\\s*<artifactId>([^<]+)</artifactId>").matcher(pom);
        assertThat(matcher.find()).as("artifactId after the parent").isTrue();
        return matcher.group(1);
    }

    private static String version() throws IOException {
        Matcher matcher = Pattern.compile("<artifactId>dakora-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertThat(matcher.find()).as("the root pom's version").isTrue();
        return matcher.group(1);
    }

    @Test
    void should_let_workers_scale_and_publish_the_reference_ports() {
        for (String worker : List.of("render-worker", "llm-worker", "log-sink")) {
            assertThat(services.get(worker)).as(worker).doesNotContainKeys("container_name", "ports");
        }
        assertThat(ComposeFile.withDefaults(String.valueOf(((List<?>) services.get("api-gateway").get("ports")).getFirst())))
                .isEqualTo("54321:54321");
        assertThat(ComposeFile.withDefaults(String.valueOf(((List<?>) services.get("studio").get("ports")).getFirst())))
                .isEqualTo("3000:8080");
        assertThat(ComposeFile.withDefaults(ComposeFile.environment(services.get("api-gateway")).get("DAKORA_AUTH_REQUIRED")))
                .isEqualTo("true");
    }

    @Test
    void should_start_services_once_their_dependencies_are_healthy() {
        for (var service : services.entrySet()) {
            Object dependsOn = service.getValue().get("depends_on");
            if (dependsOn == null) {
                continue;
            }
            ((Map<?, ?>) dependsOn).forEach((name, condition) -> {
                assertThat(((Map<?, ?>) condition).get("condition")).as(service.getKey() + " on " + name).isEqualTo("service_healthy");
                assertThat(services.get(String.valueOf(name))).as(name + " has a healthcheck").containsKey("healthcheck");
            });
        }
    }

    @Test
    void should_document_every_variable_the_compose_file_interpolates_in_env_example() throws IOException {
        // given
        String compose = Files.readString(ROOT.resolve("docker/docker-compose.yml"));
        String example = Files.readString(ROOT.resolve("docker/.env.example"));

        // when
        Set<String> interpolated = ComposeFile.interpolatedVariables(compose);

        // then
        assertThat(interpolated).contains("DAKORA_ADMIN_KEY", "OPENAI_API_KEY", "POSTGRES_PASSWORD");
        assertThat(interpolated).allSatisfy(name -> assertThat(example).as(name).containsPattern("(?m)^#? ?" + name + "="));
    }

    @Test
    void should_proxy_api_and_websockets_to_the_gateway_in_the_studio_nginx() throws IOException {
        // when
        String nginx = Files.readString(ROOT.resolve("studio/nginx.conf.template"));

        // then
        assertThat(nginx).contains("location /api/").contains("location /ws/").contains("proxy_set_header Upgrade $http_upgrade;")
                .contains("proxy_set_header Connection $connection_upgrade;");
        assertThat(ComposeFile.environment(services.get("studio"))).containsEntry("DAKORA_GATEWAY_URL", "http://api-gateway:54321");
    }
}
