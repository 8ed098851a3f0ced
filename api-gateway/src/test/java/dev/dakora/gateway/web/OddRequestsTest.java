package dev.dakora.gateway.web;

import dev.dakora.gateway.support.GatewayTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.stream.Stream;

import static dev.dakora.gateway.support.Bodies.greeting;
import static org.assertj.core.api.Assertions.assertThat;

/** Requests no client should send still get a 4xx problem with the expected status, never a 500. */
class OddRequestsTest extends GatewayTest {

    private static final String ID = "odd-target";

    record Odd(HttpMethod method, String uri, String json, int status) {
        @Override
        public String toString() {
            return method + " " + uri + " " + (json == null ? "" : json.substring(0, Math.min(40, json.length())));
        }
    }

    static Stream<Odd> oddRequests() {
        String render = "/api/templates/" + ID + "/render";
        return Stream.of(
                new Odd(HttpMethod.POST, render, "{\"inputs\": {\"name\": 123456789012345678901234567890}}", 200),
                new Odd(HttpMethod.POST, render, "{\"inputs\": {\"name\": 1e400}}", 200),
                new Odd(HttpMethod.POST, render, "{\"inputs\": {\"name\": [[[[{\"a\": null}]]]]}}", 200),
                new Odd(HttpMethod.POST, render, "{\"inputs\": {\"name\": null}}", 422),
                new Odd(HttpMethod.POST, render, "{\"inputs\": null}", 422),
                new Odd(HttpMethod.POST, render, "null", 422),
                new Odd(HttpMethod.POST, render, "", 400),
                new Odd(HttpMethod.POST, render, "{\"inputs\": {}} trailing", 400),
                new Odd(HttpMethod.POST, render, "{\"inputs\": {\"name\": \"\\ud800\"}}", 200),
                new Odd(HttpMethod.POST, "/api/templates", "{\"id\": null, \"template\": null}", 400),
                new Odd(HttpMethod.POST, "/api/templates", "{\"id\": \"odd-v\", \"version\": true, \"template\": \"x\"}", 400),
                new Odd(HttpMethod.POST, "/api/templates", "{\"id\": \"odd-i\", \"template\": \"x\", \"inputs\": {\"1bad\": {\"type\": \"string\"}}}", 400),
                new Odd(HttpMethod.POST, "/api/templates", "{\"id\": \"odd-r\", \"template\": \"x\", \"inputs\": {\"a\": {\"required\": \"no\"}}}", 400),
                new Odd(HttpMethod.POST, "/api/templates", "{\"id\": \"" + "a".repeat(300) + "\", \"template\": \"x\"}", 400),
                new Odd(HttpMethod.PUT, "/api/templates/" + ID, "{\"inputs\": \"none\"}", 400),
                new Odd(HttpMethod.PUT, "/api/templates/" + ID, "{\"version\": \"../../up\"}", 400),
                new Odd(HttpMethod.PUT, "/api/templates/" + ID, "[]", 400),
                new Odd(HttpMethod.GET, "/api/templates/..%2F..%2Fetc", null, 404),
                new Odd(HttpMethod.GET, "/api/templates/" + ID + "?version=..%2F..", null, 404),
                new Odd(HttpMethod.GET, "/api/templates/" + ID + "?label=..", null, 404),
                new Odd(HttpMethod.DELETE, "/api/templates/..", null, 404),
                new Odd(HttpMethod.GET, "/api/templates/..%2Fx/versions", null, 404),
                new Odd(HttpMethod.PUT, "/api/templates/..%2Fx/labels/prod", "{\"version\": \"1.0.0\"}", 404),
                new Odd(HttpMethod.PUT, "/api/templates/" + ID + "/labels/bad..label", "{\"version\": \"1.0.0\"}", 400),
                new Odd(HttpMethod.PUT, "/api/templates/" + ID + "/labels/prod", "{\"version\": 1}", 400),
                new Odd(HttpMethod.GET, "/api/templates/" + ID + "/versions?limit=abc", null, 400),
                new Odd(HttpMethod.POST, "/api/keys", "{\"name\": \"x\"}", 401));
    }

    @BeforeAll
    static void createTarget(@Autowired WebTestClient client) {
        client.post().uri("/api/templates").contentType(MediaType.APPLICATION_JSON).bodyValue(greeting(ID))
                .exchange().expectStatus().isCreated();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("oddRequests")
    void should_answer_the_expected_status_and_never_500(Odd odd) {
        // given
        WebTestClient.RequestBodySpec request = client.method(odd.method()).uri(odd.uri());
        WebTestClient.RequestHeadersSpec<?> ready = odd.json() == null ? request
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(odd.json());

        // when
        EntityExchangeResult<String> result = ready.exchange().expectBody(String.class).returnResult();

        // then
        assertThat(result.getStatus().value()).as(result.getResponseBody()).isEqualTo(odd.status());
        if (odd.status() >= 400) {
            assertThat(result.getResponseHeaders().getContentType()).isNotNull()
                    .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            assertThat(result.getResponseBody()).contains("\"detail\"").doesNotContain("\tat ");
        }
    }
}
