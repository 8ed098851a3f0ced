package dev.dakora.gateway.keys;

import dev.dakora.gateway.support.GatewayTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.dakora.gateway.support.Bodies.MAP;
import static dev.dakora.gateway.support.Bodies.greeting;
import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(properties = "dakora.auth.required=true")
class AuthRequiredTest extends GatewayTest {

    private static final String ID = "auth-guarded";

    record Route(HttpMethod method, String path, Object body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Route> guardedRoutes() {
        return Stream.of(
                new Route(HttpMethod.GET, "/api/templates", null),
                new Route(HttpMethod.GET, "/api/templates/" + ID, null),
                new Route(HttpMethod.POST, "/api/templates", greeting("auth-other")),
                new Route(HttpMethod.PUT, "/api/templates/" + ID, Map.of("description", "x")),
                new Route(HttpMethod.DELETE, "/api/templates/" + ID, null),
                new Route(HttpMethod.POST, "/api/templates/" + ID + "/render", Map.of("inputs", Map.of("name", "A"))),
                new Route(HttpMethod.GET, "/api/templates/" + ID + "/versions", null),
                new Route(HttpMethod.PUT, "/api/templates/" + ID + "/labels/production", Map.of("version", "1.0.0")),
                new Route(HttpMethod.GET, "/api/keys", null),
                new Route(HttpMethod.POST, "/api/keys", Map.of("name", "x")),
                new Route(HttpMethod.DELETE, "/api/keys/00000000-0000-0000-0000-000000000000", null),
                new Route(HttpMethod.POST, "/api/health", Map.of()),
                new Route(HttpMethod.GET, "/api/unknown", null),
                new Route(HttpMethod.GET, "/api/templat%65s", null),
                new Route(HttpMethod.GET, "/api/templates;v=1", null),
                new Route(HttpMethod.GET, "/ws/events", null),
                new Route(HttpMethod.POST, "/api/jobs", Map.of("type", "render", "template_id", ID)),
                new Route(HttpMethod.GET, "/api/jobs", null),
                new Route(HttpMethod.POST, "/api/jobs/some-job/cancel", null),
                new Route(HttpMethod.POST, "/api/batches", Map.of("template_id", ID)),
                new Route(HttpMethod.GET, "/api/batches/some-batch/results", null),
                new Route(HttpMethod.POST, "/api/templates/" + ID + "/compare", Map.of("models", List.of("echo"))),
                new Route(HttpMethod.GET, "/api/executions", null),
                new Route(HttpMethod.GET, "/api/stats", null),
                new Route(HttpMethod.GET, "/api/models", null),
                new Route(HttpMethod.POST, "/api/render", Map.of("template", Map.of("template", "x"))));
    }

    @BeforeAll
    static void ensureTemplate(@org.springframework.beans.factory.annotation.Autowired WebTestClient client) {
        client.post().uri("/api/templates").header("X-API-Key", ADMIN_KEY).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(greeting(ID)).exchange().expectStatus().isCreated();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guardedRoutes")
    void should_answer_401_without_a_key_on_every_guarded_route(Route route) {
        // given / when / then
        unauthorized(request(route));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guardedRoutes")
    void should_answer_401_with_an_unknown_key_on_every_guarded_route(Route route) {
        // given / when / then
        unauthorized(request(route).header("X-API-Key", KeyMaterial.newKey()));
    }

    @Test
    void should_let_health_through_without_a_key() {
        // given / when / then
        client.get().uri("/api/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("healthy");
    }

    @Test
    void should_accept_a_key_in_each_header_form() {
        // given
        String key = issue("forms");

        // when / then
        client.get().uri("/api/templates").header("X-API-Key", key).exchange().expectStatus().isOk();
        client.get().uri("/api/templates").header("apikey", key).exchange().expectStatus().isOk();
        client.get().uri("/api/templates").header("Authorization", "Bearer " + key).exchange().expectStatus().isOk();
        client.get().uri("/api/templates").header("Authorization", "Basic " + key).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void should_let_an_ordinary_key_use_every_template_route() {
        // given
        String key = issue("ordinary");
        String id = "auth-ordinary";

        // when / then
        send(HttpMethod.POST, "/api/templates", greeting(id), key).expectStatus().isCreated();
        send(HttpMethod.GET, "/api/templates/" + id, null, key).expectStatus().isOk();
        send(HttpMethod.PUT, "/api/templates/" + id, Map.of("template", "Yo {{ name }}"), key).expectStatus().isOk();
        send(HttpMethod.POST, "/api/templates/" + id + "/render", Map.of("inputs", Map.of("name", "K")), key)
                .expectStatus().isOk().expectBody().jsonPath("$.rendered").isEqualTo("Yo K");
        send(HttpMethod.GET, "/api/templates/" + id + "/versions", null, key).expectStatus().isOk();
        send(HttpMethod.PUT, "/api/templates/" + id + "/labels/production", Map.of("version", "1.0.0"), key).expectStatus().isOk();
        send(HttpMethod.DELETE, "/api/templates/" + id, null, key).expectStatus().isNoContent();
        send(HttpMethod.GET, "/api/keys", null, key).expectStatus().isForbidden();
    }

    @Test
    void should_let_the_admin_key_work_as_an_ordinary_key() {
        // given / when / then
        client.get().uri("/api/templates").header("apikey", ADMIN_KEY).exchange().expectStatus().isOk();
        client.get().uri("/api/keys").header("Authorization", "Bearer " + ADMIN_KEY).exchange().expectStatus().isOk();
    }

    @Test
    void should_refuse_a_revoked_key_on_the_next_request() {
        // given
        Map<String, Object> created = client.post().uri("/api/keys").header("X-API-Key", ADMIN_KEY)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "soon-revoked")).exchange()
                .expectStatus().isCreated().expectBody(MAP).returnResult().getResponseBody();
        String key = (String) created.get("key");
        client.get().uri("/api/templates").header("apikey", key).exchange().expectStatus().isOk();

        // when
        client.delete().uri("/api/keys/{id}", created.get("id")).header("X-API-Key", ADMIN_KEY).exchange()
                .expectStatus().isNoContent();

        // then
        unauthorized(client.get().uri("/api/templates").header("apikey", key));
        unauthorized(client.get().uri("/api/templates").header("Authorization", "Bearer " + key));
    }

    @Test
    void should_accept_the_key_as_api_key_query_parameter_on_websocket_routes_only() {
        // given
        String key = issue("browser");

        // when / then: past the key check, the handshake itself refuses a plain GET
        client.get().uri("/ws/events?job_id=j&api_key={key}", key).exchange()
                .expectStatus().value(status -> assertThat(status).isNotEqualTo(401));
        unauthorized(client.get().uri("/ws/events?job_id=j&api_key={key}", KeyMaterial.newKey()));
        unauthorized(client.get().uri("/api/templates?api_key={key}", key));
    }

    @Test
    void should_not_guard_paths_outside_the_api() {
        // given / when / then
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();
        client.get().uri("/v3/api-docs").exchange().expectStatus().isOk();
    }

    private WebTestClient.RequestHeadersSpec<?> request(Route route) {
        WebTestClient.RequestBodySpec spec = client.method(route.method()).uri(java.net.URI.create("http://localhost" + route.path()));
        return route.body() == null ? spec : spec.contentType(MediaType.APPLICATION_JSON).bodyValue(route.body());
    }

    private WebTestClient.ResponseSpec send(HttpMethod method, String path, Object body, String key) {
        return request(new Route(method, path, body)).header("X-API-Key", key).exchange();
    }

    private String issue(String name) {
        Map<String, Object> created = client.post().uri("/api/keys").header("X-API-Key", ADMIN_KEY)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", name)).exchange()
                .expectStatus().isCreated().expectBody(MAP).returnResult().getResponseBody();
        return (String) created.get("key");
    }

    private static void unauthorized(WebTestClient.RequestHeadersSpec<?> request) {
        Map<String, Object> problem = request.exchange().expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                .expectBody(MAP).returnResult().getResponseBody();
        assertThat((String) problem.get("detail")).contains("key");
    }
}
