package dev.dakora.gateway.web;

import dev.dakora.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.Map;

import static dev.dakora.gateway.support.Bodies.MAP;
import static dev.dakora.gateway.support.Bodies.STRINGS;
import static dev.dakora.gateway.support.Bodies.greeting;
import static dev.dakora.gateway.support.Bodies.map;
import static dev.dakora.gateway.support.Bodies.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

class TemplateRoutesTest extends GatewayTest {

    @Test
    void should_create_a_template_with_version_1_0_0_when_none_is_given() {
        // given
        String id = uniqueId("create");

        // when
        Map<String, Object> created = post("/api/templates", greeting(id)).expectStatus().isCreated()
                .expectHeader().location("/api/templates/" + id)
                .expectBody(MAP).returnResult().getResponseBody();

        // then
        assertThat(created).containsEntry("id", id).containsEntry("version", "1.0.0")
                .containsEntry("template", "Hello {{ name }}!").containsEntry("description", "Greets someone");
        assertThat(map(map(created.get("inputs")).get("name")))
                .containsEntry("type", "string").containsEntry("required", true).containsEntry("default", null);
    }

    @Test
    void should_answer_409_when_creating_an_id_that_exists() {
        // given
        String id = uniqueId("dup");
        post("/api/templates", greeting(id)).expectStatus().isCreated();

        // when / then
        post("/api/templates", greeting(id)).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains(id));
    }

    @Test
    void should_list_the_ids_of_live_templates_only() {
        // given
        String kept = uniqueId("kept");
        String gone = uniqueId("gone");
        post("/api/templates", greeting(kept)).expectStatus().isCreated();
        post("/api/templates", greeting(gone)).expectStatus().isCreated();
        client.delete().uri("/api/templates/{id}", gone).exchange().expectStatus().isNoContent();

        // when
        List<String> ids = client.get().uri("/api/templates").exchange().expectStatus().isOk()
                .expectBody(STRINGS).returnResult().getResponseBody();

        // then
        assertThat(ids).contains(kept).doesNotContain(gone);
    }

    @Test
    void should_get_the_current_version_or_the_one_asked_for() {
        // given
        String id = uniqueId("get");
        post("/api/templates", greeting(id)).expectStatus().isCreated();
        put("/api/templates/" + id, Map.of("template", "Hi {{ name }}")).expectStatus().isOk();

        // when
        Map<String, Object> current = get("/api/templates/" + id);
        Map<String, Object> first = get("/api/templates/" + id + "?version=1.0.0");
        Map<String, Object> latest = get("/api/templates/" + id + "?label=latest");

        // then
        assertThat(current).containsEntry("version", "1.0.1").containsEntry("template", "Hi {{ name }}");
        assertThat(first).containsEntry("version", "1.0.0").containsEntry("template", "Hello {{ name }}!");
        assertThat(latest).containsEntry("version", "1.0.1");
    }

    @Test
    void should_answer_404_for_an_unknown_template_version_or_label() {
        // given
        String id = uniqueId("missing");
        post("/api/templates", greeting(id)).expectStatus().isCreated();

        // when / then
        client.get().uri("/api/templates/{id}", uniqueId("never")).exchange().expectStatus().isNotFound();
        client.get().uri("/api/templates/{id}?version=9.9.9", id).exchange().expectStatus().isNotFound();
        client.get().uri("/api/templates/{id}?label=production", id).exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("production"));
    }

    @Test
    void should_keep_absent_fields_and_bump_the_patch_version_when_updating_a_subset() {
        // given
        String id = uniqueId("update");
        post("/api/templates", greeting(id)).expectStatus().isCreated();

        // when
        Map<String, Object> updated = put("/api/templates/" + id, Map.of("description", "New words"))
                .expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();

        // then
        assertThat(updated).containsEntry("version", "1.0.1").containsEntry("description", "New words")
                .containsEntry("template", "Hello {{ name }}!").containsEntry("metadata", Map.of("tags", List.of("demo")));
        assertThat(map(updated.get("inputs"))).containsKey("name");
    }

    @Test
    void should_use_the_given_version_and_answer_409_when_it_names_other_content() {
        // given
        String id = uniqueId("versioned");
        post("/api/templates", greeting(id)).expectStatus().isCreated();

        // when
        put("/api/templates/" + id, Map.of("version", "2.0.0", "template", "Two {{ name }}")).expectStatus().isOk()
                .expectBody().jsonPath("$.version").isEqualTo("2.0.0");

        // then
        put("/api/templates/" + id, Map.of("version", "1.0.0", "template", "Other {{ name }}"))
                .expectStatus().isEqualTo(409);
    }

    @Test
    void should_answer_404_when_updating_an_unknown_template() {
        // given / when / then
        put("/api/templates/" + uniqueId("nobody"), Map.of("description", "x")).expectStatus().isNotFound();
    }

    @Test
    void should_refuse_an_update_that_renames_the_template() {
        // given
        String id = uniqueId("rename");
        post("/api/templates", greeting(id)).expectStatus().isCreated();

        // when / then
        put("/api/templates/" + id, Map.of("id", "other")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("id");
    }

    @Test
    void should_delete_a_template_once_and_answer_404_after() {
        // given
        String id = uniqueId("delete");
        post("/api/templates", greeting(id)).expectStatus().isCreated();

        // when
        client.delete().uri("/api/templates/{id}", id).exchange().expectStatus().isNoContent();

        // then
        client.delete().uri("/api/templates/{id}", id).exchange().expectStatus().isNotFound();
        client.get().uri("/api/templates/{id}", id).exchange().expectStatus().isNotFound();
    }

    @Test
    void should_render_with_coerced_inputs_and_defaults() {
        // given
        String id = uniqueId("render");
        Map<String, Object> body = Map.of("id", id, "template", "{{ name }} x{{ count }} {{ loud }} {{ tags }}",
                "inputs", Map.of("name", Map.of("type", "string"), "count", Map.of("type", "number", "default", 2),
                        "loud", Map.of("type", "boolean"), "tags", Map.of("type", "array<string>")));
        post("/api/templates", body).expectStatus().isCreated();

        // when
        Map<String, Object> rendered = post("/api/templates/" + id + "/render",
                Map.of("inputs", Map.of("name", "Ada", "loud", "yes", "tags", "solo", "extra", 1)))
                .expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();

        // then
        assertThat(rendered).containsEntry("rendered", "Ada x2 True ['solo']");
        assertThat(map(rendered.get("inputs_used"))).containsEntry("name", "Ada").containsEntry("count", 2)
                .containsEntry("loud", true).containsEntry("tags", List.of("solo")).doesNotContainKey("extra");
    }

    @Test
    void should_render_the_new_text_right_after_an_update() {
        // given
        String id = uniqueId("fresh");
        post("/api/templates", greeting(id)).expectStatus().isCreated();
        post("/api/templates/" + id + "/render", Map.of("inputs", Map.of("name", "A"))).expectStatus().isOk()
                .expectBody().jsonPath("$.rendered").isEqualTo("Hello A!");

        // when
        put("/api/templates/" + id, Map.of("template", "Bye {{ name }}")).expectStatus().isOk();

        // then
        post("/api/templates/" + id + "/render", Map.of("inputs", Map.of("name", "A"))).expectStatus().isOk()
                .expectBody().jsonPath("$.rendered").isEqualTo("Bye A");
    }

    @Test
    void should_render_a_labelled_version_when_asked() {
        // given
        String id = uniqueId("labelled");
        post("/api/templates", greeting(id)).expectStatus().isCreated();
        put("/api/templates/" + id, Map.of("template", "Two {{ name }}")).expectStatus().isOk();
        put("/api/templates/" + id + "/labels/production", Map.of("version", "1.0.0")).expectStatus().isOk();

        // when / then
        post("/api/templates/" + id + "/render?label=production", Map.of("inputs", Map.of("name", "B")))
                .expectStatus().isOk().expectBody().jsonPath("$.rendered").isEqualTo("Hello B!");
        post("/api/templates/" + id + "/render?label=staging", Map.of("inputs", Map.of("name", "B")))
                .expectStatus().isNotFound();
    }

    @Test
    void should_list_versions_newest_first_with_hash_and_labels() {
        // given
        String id = uniqueId("history");
        post("/api/templates", greeting(id)).expectStatus().isCreated();
        put("/api/templates/" + id, Map.of("template", "Two {{ name }}")).expectStatus().isOk();
        put("/api/templates/" + id + "/labels/production", Map.of("version", "1.0.0")).expectStatus().isOk()
                .expectBody().jsonPath("$.labels.production").isEqualTo("1.0.0")
                .jsonPath("$.labels.latest").isEqualTo("1.0.1");

        // when
        Map<String, Object> page = get("/api/templates/" + id + "/versions");

        // then
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        assertThat(items).extracting(item -> item.get("version")).containsExactly("1.0.1", "1.0.0");
        assertThat(items.get(0).get("labels")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).contains("latest");
        assertThat(items.get(1).get("labels")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).contains("production");
        assertThat((String) items.get(0).get("content_hash")).matches("[0-9a-f]{64}");
        assertThat(items.get(0).get("created_at")).asString().endsWith("Z");
        assertThat(page).containsEntry("next_cursor", null);
    }

    @Test
    void should_page_versions_with_limit_and_cursor() {
        // given
        String id = uniqueId("paged");
        post("/api/templates", greeting(id)).expectStatus().isCreated();
        put("/api/templates/" + id, Map.of("template", "Two {{ name }}")).expectStatus().isOk();
        put("/api/templates/" + id, Map.of("template", "Three {{ name }}")).expectStatus().isOk();

        // when
        Map<String, Object> first = get("/api/templates/" + id + "/versions?limit=2");
        Map<String, Object> second = get("/api/templates/" + id + "/versions?limit=2&cursor=" + first.get("next_cursor"));

        // then
        assertThat((List<?>) first.get("items")).hasSize(2);
        assertThat((List<?>) second.get("items")).hasSize(1);
        assertThat(second).containsEntry("next_cursor", null);
        client.get().uri("/api/templates/{id}/versions?limit=0", id).exchange().expectStatus().isBadRequest();
        client.get().uri("/api/templates/{id}/versions?cursor=bogus", id).exchange().expectStatus().isBadRequest();
        client.get().uri("/api/templates/{id}/versions", uniqueId("none")).exchange().expectStatus().isNotFound();
    }

    @Test
    void should_refuse_to_set_latest_or_label_an_unknown_version() {
        // given
        String id = uniqueId("labels");
        post("/api/templates", greeting(id)).expectStatus().isCreated();

        // when / then
        put("/api/templates/" + id + "/labels/latest", Map.of("version", "1.0.0")).expectStatus().isBadRequest();
        put("/api/templates/" + id + "/labels/production", Map.of("version", "7.0.0")).expectStatus().isNotFound();
        put("/api/templates/" + id + "/labels/production", Map.of()).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("version");
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec post(String uri, Object body) {
        return client.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec put(String uri, Object body) {
        return client.put().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private Map<String, Object> get(String uri) {
        return client.get().uri(uri).exchange().expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();
    }
}
