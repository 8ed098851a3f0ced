package dev.dakora.gateway.web;

import dev.dakora.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.Map;

import static dev.dakora.gateway.support.Bodies.MAP;
import static dev.dakora.gateway.support.Bodies.greeting;
import static dev.dakora.gateway.support.Bodies.map;
import static dev.dakora.gateway.support.Bodies.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

class ObservabilityTest extends GatewayTest {

    @Test
    void should_report_healthy_with_template_count_vault_config_and_database() {
        // given
        client.post().uri("/api/templates").contentType(MediaType.APPLICATION_JSON).bodyValue(greeting(uniqueId("health")))
                .exchange().expectStatus().isCreated();

        // when
        Map<String, Object> health = client.get().uri("/api/health").exchange().expectStatus().isOk()
                .expectBody(MAP).returnResult().getResponseBody();

        // then
        assertThat(health).containsEntry("status", "healthy").containsEntry("database", Map.of("status", "up"))
                .containsEntry("registry", Map.of("status", "up")).containsEntry("consumers", Map.of("status", "up"))
                .doesNotContainKey("roles");
        assertThat((Integer) health.get("templates_loaded")).isPositive();
        assertThat(map(health.get("vault_config"))).containsEntry("registry", "local")
                .containsEntry("prompt_dir", PROMPTS.toString());
    }

    @Test
    void should_expose_liveness_and_readiness_groups() {
        // given / when / then
        client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/actuator/health/nonexistent").exchange().expectStatus().isNotFound();
    }

    @Test
    void should_time_requests_per_route_template_in_prometheus() {
        // given
        String id = uniqueId("metrics");
        client.post().uri("/api/templates").contentType(MediaType.APPLICATION_JSON).bodyValue(greeting(id))
                .exchange().expectStatus().isCreated();
        client.post().uri("/api/templates/{id}/render", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("inputs", Map.of("name", "M"))).exchange().expectStatus().isOk();

        // when
        String scrape = client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        // then
        assertThat(scrape).contains("http_server_requests_seconds_count{")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/templates/\\{id}/render\"")
                .doesNotContain("uri=\"/api/templates/" + id + "/render\"");
    }

    @Test
    void should_serve_the_openapi_document_and_swagger_ui() {
        // given / when
        Map<String, Object> openApi = client.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(MAP).returnResult().getResponseBody();

        // then
        assertThat(map(openApi.get("paths"))).containsKeys("/api/health", "/api/templates", "/api/templates/{id}",
                "/api/templates/{id}/render", "/api/templates/{id}/versions", "/api/templates/{id}/labels/{label}",
                "/api/keys", "/api/keys/{id}");
        assertThat((String) map(openApi.get("info")).get("description")).contains("problem details", "render_error");
        client.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
    }
}
