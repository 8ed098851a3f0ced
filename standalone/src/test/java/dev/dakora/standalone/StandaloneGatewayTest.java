package dev.dakora.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

class StandaloneGatewayTest {

    private static final Map<String, Object> GREETING = Map.of(
            "id", "greeting",
            "template", "Hello {{ name }}!",
            "inputs", Map.of("name", Map.of("type", "string", "required", true)));

    @TempDir
    Path dataDir;

    @TempDir
    Path promptsDir;

    private final String adminKey = "dk_admin_" + UUID.randomUUID().toString().replace("-", "");

    @Test
    void should_render_over_http_and_keep_keys_and_templates_when_restarted() throws Exception {
        // given
        StandaloneSettings settings = FreePorts.settings(dataDir, promptsDir);
        String keyId;
        try (Standalone first = start(settings)) {
            Http http = new Http(first.webPort().orElseThrow(), Map.of("X-API-Key", adminKey));
            assertThat(http.get("/api/health").status()).isEqualTo(200);
            Http.Response key = http.post("/api/keys", Map.of("name", "ci"));
            assertThat(key.status()).isEqualTo(201);
            keyId = key.json().get("id").asString();
            assertThat(http.post("/api/templates", GREETING).status()).isEqualTo(201);
            Http.Response rendered = http.post("/api/templates/greeting/render", Map.of("inputs", Map.of("name", "Ada")));
            assertThat(rendered.status()).isEqualTo(200);
            assertThat(rendered.json().get("rendered").asString()).isEqualTo("Hello Ada!");
        }

        // when
        try (Standalone second = start(settings)) {

            // then
            Http http = new Http(second.webPort().orElseThrow(), Map.of("X-API-Key", adminKey));
            assertThat(http.get("/api/keys").body()).contains(keyId);
            assertThat(http.get("/api/templates").json().valueStream().map(node -> node.asString()))
                    .containsExactly("greeting");
            Http.Response rendered = http.post("/api/templates/greeting/render", Map.of("inputs", Map.of("name", "Bob")));
            assertThat(rendered.json().get("rendered").asString()).isEqualTo("Hello Bob!");
        }
    }

    @Test
    void should_use_the_embedded_database_when_arguments_name_another_one() throws Exception {
        // given
        StandaloneSettings settings = FreePorts.settings(dataDir, promptsDir);

        // when
        try (Standalone standalone = start(settings, "--spring.r2dbc.url=r2dbc:postgresql://elsewhere:5432/other")) {

            // then
            ConfigurableApplicationContext gateway = standalone.context(Roles.API_GATEWAY).orElseThrow();
            assertThat(gateway.getEnvironment().getProperty("spring.r2dbc.url"))
                    .isEqualTo("r2dbc:postgresql://127.0.0.1:" + settings.postgresPort() + "/dakora");
            assertThat(gateway.getEnvironment().getProperty("spring.kafka.bootstrap-servers"))
                    .isEqualTo("127.0.0.1:" + settings.kafkaPort());
            assertThat(gateway.getEnvironment().getProperty("spring.kafka.streams.state-dir"))
                    .isEqualTo(settings.dataDir().resolve("kafka-streams").toString());
            assertThat(gateway.getEnvironment().getProperty("spring.application.name")).isEqualTo("dakora-api-gateway");
            assertThat(gateway.getEnvironment().getProperty("dakora.test.owner"))
                    .as("another role's application.yml").isNull();
            Http http = new Http(standalone.webPort().orElseThrow(), Map.of());
            Http.Response unknown = http.post("/api/templates/missing/render", Map.of("inputs", Map.of()));
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(http.get("/api/keys").status()).isEqualTo(401);
        }
    }

    @Test
    void should_be_ready_with_every_role_up_and_report_unhealthy_while_a_role_is_stopped() throws Exception {
        // given
        StandaloneSettings settings = FreePorts.settings(dataDir, promptsDir);
        try (Standalone standalone = start(settings)) {
            Http http = new Http(standalone.webPort().orElseThrow(), Map.of());
            assertThat(ReadyWait.notReady(standalone)).as("every role once started").isEmpty();
            Http.Response healthy = http.get("/api/health");
            assertThat(healthy.status()).isEqualTo(200);
            for (String role : List.of(Roles.LOG_SINK, Roles.RENDER_WORKER, Roles.LLM_WORKER)) {
                assertThat(healthy.json().get("roles").get(role).get("status").asString()).as(role).isEqualTo("up");
            }
            assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(200);

            // when
            standalone.stopRole(Roles.RENDER_WORKER);

            // then
            Http.Response unhealthy = http.get("/api/health");
            assertThat(unhealthy.status()).isEqualTo(503);
            assertThat(unhealthy.json().get("status").asString()).isEqualTo("unhealthy");
            assertThat(unhealthy.json().get("roles").get(Roles.RENDER_WORKER).get("status").asString()).isEqualTo("down");
            assertThat(unhealthy.json().get("roles").get(Roles.LLM_WORKER).get("status").asString()).isEqualTo("up");
            assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(503);

            // and when it runs again
            standalone.startRole(Roles.RENDER_WORKER);
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(90).toNanos();
            while (http.get("/api/health").status() != 200 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(http.get("/api/health").status()).isEqualTo(200);
        }
    }

    private Standalone start(StandaloneSettings settings, String... extraArgs) {
        List<String> args = new java.util.ArrayList<>(List.of("--server.port=0", "--dakora.auth.admin-key=" + adminKey));
        args.addAll(List.of(extraArgs));
        return Standalone.start(settings, Roles.all(), args.toArray(String[]::new));
    }
}
