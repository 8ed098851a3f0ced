package dev.dakora.gateway.web;

import dev.dakora.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static dev.dakora.gateway.support.Bodies.MAP;
import static dev.dakora.gateway.support.Bodies.STRINGS;
import static dev.dakora.gateway.support.Bodies.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays, request by request, what the reference Python SDK (httpx) sends: its headers, the `apikey`
 * header, and bodies as Python's {@code json.dumps} writes them (", " and ": " separators, non-ASCII
 * escaped), then checks each answer field by field against what the SDK reads.
 */
@TestPropertySource(properties = "dakora.auth.required=true")
class ReferenceSdkReplayTest extends GatewayTest {

    private static final String ID = "sdk-greeting";

    @Test
    void should_answer_the_reference_sdk_as_the_reference_server_did() {
        // given
        String key = issueKey();

        // when: prompts.create(id, template, inputs=..., metadata=...) with version and description defaulted
        Map<String, Object> created = sdk(client.post().uri("/api/templates"), key,
                "{\"id\": \"" + ID + "\", \"version\": \"1.0.0\", \"template\": \"Hello {{ name }}, caf\\u00e9 x{{ times }}\", "
                        + "\"description\": null, \"inputs\": {\"name\": {\"type\": \"string\", \"required\": true}, "
                        + "\"times\": {\"type\": \"number\", \"required\": false, \"default\": 2}}, \"metadata\": {}}")
                .expectStatus().isCreated().expectBody(MAP).returnResult().getResponseBody();

        // then
        assertThat(created).containsOnlyKeys("id", "version", "description", "template", "inputs", "metadata")
                .containsEntry("id", ID).containsEntry("version", "1.0.0").containsEntry("description", null)
                .containsEntry("template", "Hello {{ name }}, café x{{ times }}").containsEntry("metadata", Map.of());
        assertThat(map(created.get("inputs")).keySet()).containsExactly("name", "times");
        assertThat(map(map(created.get("inputs")).get("name")))
                .containsEntry("type", "string").containsEntry("required", true).containsEntry("default", null);
        assertThat(map(map(created.get("inputs")).get("times")))
                .containsEntry("type", "number").containsEntry("required", false).containsEntry("default", 2);

        // when: prompts.list()
        List<String> ids = sdk(client.get().uri("/api/templates"), key).expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(STRINGS).returnResult().getResponseBody();

        // then
        assertThat(ids).contains(ID);

        // when: prompts.get(id)
        Map<String, Object> fetched = sdk(client.get().uri("/api/templates/" + ID), key).expectStatus().isOk()
                .expectBody(MAP).returnResult().getResponseBody();

        // then
        assertThat(fetched).isEqualTo(created);

        // when: prompts.update(id, description=...) sends only the fields that are not None
        Map<String, Object> updated = sdk(client.put().uri("/api/templates/" + ID), key,
                "{\"description\": \"Greets in French\"}")
                .expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();

        // then
        assertThat(updated).containsOnlyKeys("id", "version", "description", "template", "inputs", "metadata")
                .containsEntry("version", "1.0.1").containsEntry("description", "Greets in French")
                .containsEntry("template", created.get("template")).containsEntry("inputs", created.get("inputs"));

        // when: prompts.render(id, {"name": "Ada", "times": "3"})
        Map<String, Object> rendered = sdk(client.post().uri("/api/templates/" + ID + "/render"), key,
                "{\"inputs\": {\"name\": \"Ada\", \"times\": \"3\", \"unused\": true}}")
                .expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();

        // then
        assertThat(rendered).containsOnlyKeys("rendered", "inputs_used")
                .containsEntry("rendered", "Hello Ada, café x3.0");
        assertThat(map(rendered.get("inputs_used"))).containsOnlyKeys("name", "times")
                .containsEntry("name", "Ada").containsEntry("times", 3.0);

        // when: prompts.render(id) with inputs=None sends {"inputs": {}}
        Map<String, Object> problem = sdk(client.post().uri("/api/templates/" + ID + "/render"), key, "{\"inputs\": {}}")
                .expectStatus().isEqualTo(422).expectBody(MAP).returnResult().getResponseBody();

        // then: httpx raise_for_status sees 422; the body keeps the reference's "detail"
        assertThat((String) problem.get("detail")).contains("name");

        // when: prompts.delete(id)
        sdk(client.delete().uri("/api/templates/" + ID), key).expectStatus().isNoContent();

        // then
        sdk(client.get().uri("/api/templates/" + ID), key).expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isNotEmpty();
    }

    @Test
    void should_answer_401_to_the_sdk_when_it_has_no_key() {
        // given / when / then
        sdk(client.get().uri("/api/templates"), null).expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.detail").isNotEmpty();
    }

    private WebTestClient.ResponseSpec sdk(WebTestClient.RequestHeadersSpec<?> request, String key) {
        return httpxHeaders(request, key).exchange();
    }

    private WebTestClient.ResponseSpec sdk(WebTestClient.RequestBodySpec request, String key, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        httpxHeaders(request, key);
        return request.contentType(MediaType.APPLICATION_JSON).contentLength(body.length).bodyValue(body).exchange();
    }

    private static <S extends WebTestClient.RequestHeadersSpec<?>> S httpxHeaders(S request, String key) {
        request.header("Accept", "*/*").header("Accept-Encoding", "gzip, deflate")
                .header("User-Agent", "python-httpx/0.27.0").header("Connection", "keep-alive");
        if (key != null) {
            request.header("apikey", key);
        }
        return request;
    }

    private String issueKey() {
        Map<String, Object> created = client.post().uri("/api/keys").header("X-API-Key", ADMIN_KEY)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "sdk")).exchange()
                .expectStatus().isCreated().expectBody(MAP).returnResult().getResponseBody();
        return (String) created.get("key");
    }
}
