package dev.dakora.gateway.web;

import dev.dakora.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static dev.dakora.gateway.support.Bodies.MAP;
import static dev.dakora.gateway.support.Bodies.greeting;
import static dev.dakora.gateway.support.Bodies.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of bad request gets its status as a problem detail: never a 500, never a stack trace. */
class ErrorResponsesTest extends GatewayTest {

    @Test
    void should_answer_400_when_the_body_is_not_json() {
        // given / when
        Map<String, Object> problem = problem(send("/api/templates", "{\"id\": \"x\", "), 400);

        // then
        assertThat((String) problem.get("detail")).startsWith("the request body is not valid JSON");
    }

    @Test
    void should_answer_400_when_the_body_is_json_of_the_wrong_shape() {
        // given / when / then
        problem(send("/api/templates", "[1, 2]"), 400);
        problem(send("/api/templates/x/render", "\"text\""), 400);
    }

    @Test
    void should_answer_400_with_field_errors_when_fields_have_the_wrong_type() {
        // given
        String body = "{\"id\": \"" + uniqueId("types") + "\", \"template\": {\"a\": 1}, \"inputs\": [1], \"metadata\": 3}";

        // when
        Map<String, Object> problem = problem(send("/api/templates", body), 400);

        // then
        assertThat(fields(problem)).contains("template", "inputs", "metadata");
    }

    @Test
    void should_answer_400_with_field_errors_for_an_invalid_spec() {
        // given
        Map<String, Object> body = Map.of("id", "../escape", "template", "x",
                "inputs", Map.of("a", Map.of("type", "integer"), "b", Map.of("type", "number", "default", "two")));

        // when
        Map<String, Object> problem = problem(client.post().uri("/api/templates").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange(), 400);

        // then
        assertThat(fields(problem)).contains("id", "inputs.a.type", "inputs.b.default");
    }

    @Test
    void should_answer_400_naming_the_template_field_when_the_text_does_not_parse() {
        // given
        Map<String, Object> body = Map.of("id", uniqueId("syntax"), "template", "Hello {% if name %}");

        // when
        Map<String, Object> problem = problem(client.post().uri("/api/templates").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange(), 400);

        // then
        assertThat(fields(problem)).containsExactly("template");
    }

    @Test
    void should_answer_400_when_render_inputs_are_not_an_object() {
        // given / when
        Map<String, Object> problem = problem(send("/api/templates/any/render", "{\"inputs\": [1]}"), 400);

        // then
        assertThat(fields(problem)).containsExactly("inputs");
    }

    @Test
    void should_answer_422_with_field_errors_when_inputs_fail_the_spec() {
        // given
        String id = created(Map.of("id", uniqueId("inputs"), "template", "{{ name }} {{ n }}",
                "inputs", Map.of("name", Map.of("type", "string"), "n", Map.of("type", "number"))));

        // when
        Map<String, Object> problem = problem(send("/api/templates/" + id + "/render", "{\"inputs\": {\"n\": \"lots\"}}"), 422);

        // then
        assertThat(fields(problem)).containsExactlyInAnyOrder("name", "n");
    }

    @Test
    void should_answer_422_when_the_render_uses_an_undefined_name_or_passes_a_limit() {
        // given
        String undefined = created(Map.of("id", uniqueId("undef"), "template", "{{ missing.attr.deeper }}"));
        String loop = created(Map.of("id", uniqueId("loop"),
                "template", "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}"));

        // when
        Map<String, Object> undefinedProblem = problem(send("/api/templates/" + undefined + "/render", "{}"), 422);
        Map<String, Object> loopProblem = problem(send("/api/templates/" + loop + "/render", "{}"), 422);

        // then
        assertThat(undefinedProblem.get("render_error")).isEqualTo("undefined");
        assertThat(loopProblem.get("render_error")).isIn("loop_limit", "output_limit", "timeout");
    }

    @Test
    void should_answer_404_for_an_unknown_template_and_an_unknown_path() {
        // given / when / then
        problem(client.post().uri("/api/templates/{id}/render", uniqueId("ghost")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of()).exchange(), 404);
        problem(client.get().uri("/api/nothing-here").exchange(), 404);
    }

    @Test
    void should_answer_413_when_the_declared_length_is_over_the_limit() {
        // given
        String big = "{\"inputs\": {\"name\": \"" + "x".repeat(1_100_000) + "\"}}";

        // when / then
        problem(send("/api/templates/any/render", big), 413);
    }

    @Test
    void should_answer_413_when_a_chunked_body_grows_over_the_limit() {
        // given
        String id = created(greeting(uniqueId("chunked")));
        Flux<DataBuffer> chunks = Flux.range(0, 120).map(i -> DefaultDataBufferFactory.sharedInstance
                .wrap((i == 0 ? "{\"inputs\": {\"name\": \"" : "").concat("y".repeat(10_000)).getBytes(StandardCharsets.UTF_8)));

        // when / then
        problem(client.post().uri("/api/templates/{id}/render", id).contentType(MediaType.APPLICATION_JSON)
                .body(chunks, DataBuffer.class).exchange(), 413);
    }

    @Test
    void should_answer_415_when_the_body_is_not_json() {
        // given / when / then
        problem(client.post().uri("/api/templates").contentType(MediaType.TEXT_PLAIN).bodyValue("id: x").exchange(), 415);
    }

    @Test
    void should_answer_405_when_the_method_is_not_allowed() {
        // given / when / then
        problem(client.patch().uri("/api/templates").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()).exchange(), 405);
    }

    @Test
    void should_answer_400_when_the_body_is_missing() {
        // given / when / then
        problem(client.post().uri("/api/templates").contentType(MediaType.APPLICATION_JSON).exchange(), 400);
    }

    @Test
    void should_answer_400_when_version_and_label_are_both_given() {
        // given / when / then
        problem(client.get().uri("/api/templates/x?version=1.0.0&label=production").exchange(), 400);
    }

    private WebTestClient.ResponseSpec send(String uri, String json) {
        return client.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    private String created(Map<String, Object> body) {
        client.post().uri("/api/templates").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated();
        return (String) body.get("id");
    }

    private static Map<String, Object> problem(WebTestClient.ResponseSpec response, int status) {
        Map<String, Object> problem = response.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(MAP).returnResult().getResponseBody();
        assertThat(problem).containsEntry("status", status).containsKey("detail")
                .doesNotContainKeys("trace", "exception", "stackTrace");
        assertThat((String) problem.get("detail")).isNotBlank().doesNotContain("\tat ", "Exception");
        return problem;
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(Map<String, Object> problem) {
        return ((List<Map<String, Object>>) problem.get("errors")).stream().map(error -> (String) error.get("field")).toList();
    }
}
