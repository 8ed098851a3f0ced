package dev.dakora.gateway.web;

import dev.dakora.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;
import java.util.Map;

import static dev.dakora.gateway.support.Bodies.MAP;
import static dev.dakora.gateway.support.Bodies.greeting;
import static dev.dakora.gateway.support.Bodies.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

/** Request bodies read into records: each wrong field is a 400 naming it as the wire spells it. */
class TypedBodiesTest extends GatewayTest {

    @Test
    void should_answer_400_naming_a_field_of_the_wrong_json_type() {
        // given / when
        Map<String, Object> problem = problem(post("/api/jobs", "{\"type\": \"render\", \"template_id\": 5}"));

        // then
        assertThat(problem.get("detail")).isEqualTo("template_id must be a string");
        assertThat(problem.get("errors")).isEqualTo(List.of(Map.of("field", "template_id", "message", "must be a string")));
    }

    @Test
    void should_answer_400_naming_every_field_that_breaks_a_constraint() {
        // given
        String body = "{\"type\": \"other\", \"template_id\": \" \", \"models\": [\"echo\", \"\"]}";

        // when
        Map<String, Object> problem = problem(post("/api/jobs", body));

        // then
        assertThat(fields(problem)).containsExactly("models[1]", "template_id", "type");
        assertThat((String) problem.get("detail")).contains("type must be \"render\" or \"compare\"");
    }

    @Test
    void should_refuse_a_number_given_as_text_for_a_call_param_and_take_it_as_a_number() {
        // given
        String id = created();

        // when
        Map<String, Object> refused = problem(post("/api/templates/" + id + "/compare?estimate=true",
                "{\"models\": [\"echo\"], \"temperature\": \"0.5\"}"));
        WebTestClient.ResponseSpec taken = post("/api/templates/" + id + "/compare?estimate=true",
                "{\"inputs\": {\"name\": \"Ada\"}, \"models\": [\"echo\"], \"temperature\": 0.5, \"max_tokens\": 10}");

        // then
        assertThat(fields(refused)).containsExactly("temperature");
        taken.expectStatus().isOk();
    }

    @Test
    void should_refuse_a_fractional_max_tokens() {
        // given
        String id = created();

        // when
        Map<String, Object> problem = problem(post("/api/templates/" + id + "/compare?estimate=true",
                "{\"models\": [\"echo\"], \"max_tokens\": 1.5}"));

        // then
        assertThat(problem.get("errors")).isEqualTo(List.of(Map.of("field", "max_tokens", "message", "must be a whole number")));
    }

    @Test
    void should_answer_400_naming_max_tokens_beyond_the_whole_number_range_and_take_the_largest_one() {
        // given
        String id = created();

        // when
        Map<String, Object> tooLarge = problem(post("/api/templates/" + id + "/compare?estimate=true",
                "{\"models\": [\"echo\"], \"max_tokens\": 2147483648}"));
        Map<String, Object> tooSmall = problem(post("/api/templates/" + id + "/compare?estimate=true",
                "{\"models\": [\"echo\"], \"max_tokens\": -99999999999}"));
        Map<String, Object> inParams = problem(post("/api/jobs?estimate=true", "{\"type\": \"compare\", \"template_id\": \""
                + id + "\", \"inputs\": {\"name\": \"Ada\"}, \"models\": [\"echo\"], \"params\": {\"max_tokens\": 99999999999}}"));
        WebTestClient.ResponseSpec largest = post("/api/templates/" + id + "/compare?estimate=true",
                "{\"inputs\": {\"name\": \"Ada\"}, \"models\": [\"echo\"], \"max_tokens\": 2147483647}");

        // then
        assertThat(tooLarge.get("errors")).isEqualTo(List.of(Map.of("field", "max_tokens",
                "message", "must be a whole number from -2147483648 to 2147483647")));
        assertThat(tooLarge.get("detail")).isEqualTo("max_tokens must be a whole number from -2147483648 to 2147483647");
        assertThat(fields(tooSmall)).containsExactly("max_tokens");
        assertThat(fields(inParams)).containsExactly("max_tokens");
        assertThat((String) largest.expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody()
                .get("output_tokens_assumption")).startsWith("max_tokens of the request (2147483647)");
    }

    @Test
    void should_name_the_row_of_a_batch_that_is_not_an_object() {
        // given / when
        Map<String, Object> problem = problem(post("/api/batches?dry_run=true",
                "{\"template_id\": \"" + created() + "\", \"inputs\": [{\"name\": \"Ada\"}, 1]}"));

        // then
        assertThat(fields(problem)).containsExactly("inputs[1]");
    }

    @Test
    void should_take_a_number_where_a_template_document_expects_text_as_a_yaml_file_would() {
        // given
        String id = uniqueId("numeric-version");

        // when / then
        client.post().uri("/api/templates").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"id\": \"" + id + "\", \"version\": 2, \"template\": \"x\"}").exchange()
                .expectStatus().isCreated().expectBody().jsonPath("$.version").isEqualTo("2");
        problem(client.post().uri("/api/templates").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"id\": \"" + id + "-b\", \"version\": true, \"template\": \"x\"}").exchange());
    }

    @Test
    void should_answer_400_for_a_blank_label_version_and_404_for_an_unknown_one() {
        // given
        String id = created();

        // when
        Map<String, Object> blank = problem(client.put().uri("/api/templates/{id}/labels/prod", id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"version\": \" \"}").exchange());

        // then
        assertThat(blank.get("errors")).isEqualTo(List.of(Map.of("field", "version", "message", "is required: a version string")));
        client.put().uri("/api/templates/{id}/labels/prod", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"version\": \"9.9.9\"}").exchange().expectStatus().isNotFound();
    }

    private String created() {
        String id = uniqueId("typed");
        client.post().uri("/api/templates").contentType(MediaType.APPLICATION_JSON).bodyValue(greeting(id)).exchange()
                .expectStatus().isCreated();
        return id;
    }

    private WebTestClient.ResponseSpec post(String uri, String json) {
        return client.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    private static Map<String, Object> problem(WebTestClient.ResponseSpec response) {
        return response.expectStatus().isBadRequest().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(MAP).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(Map<String, Object> problem) {
        return ((List<Map<String, Object>>) problem.get("errors")).stream().map(error -> (String) error.get("field")).toList();
    }
}
