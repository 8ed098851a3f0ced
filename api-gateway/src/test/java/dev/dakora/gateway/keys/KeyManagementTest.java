package dev.dakora.gateway.keys;

import dev.dakora.gateway.support.GatewayTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(properties = "dakora.auth.required=true")
class KeyManagementTest extends GatewayTest {

    @BeforeEach
    void cleanKeys() {
        deleteAllKeys();
    }

    @Test
    void should_issue_a_dk_key_once_when_the_admin_key_creates_one() {
        // given / when
        Map<String, Object> created = create("ci");

        // then
        String key = (String) created.get("key");
        assertThat(key).startsWith("dk_").hasSize(46).matches("dk_[A-Za-z0-9_-]{43}");
        assertThat(created.get("prefix")).isEqualTo(key.substring(0, 10));
        assertThat(created.get("name")).isEqualTo("ci");
        assertThat(created.get("id")).asString().matches("[0-9a-f-]{36}");
        assertThat(Instant.parse((String) created.get("created_at"))).isBefore(Instant.now().plusSeconds(1));
    }

    @Test
    void should_store_only_the_hash_and_prefix_when_a_key_is_issued() {
        // given
        Map<String, Object> created = create("stored");
        String key = (String) created.get("key");

        // when
        List<Map<String, Object>> rows = db.sql("SELECT * FROM api_keys").fetch().all().collectList().block();

        // then
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().get("key_hash")).isEqualTo(KeyMaterial.hash(key));
        assertThat(rows.getFirst().values()).noneMatch(value -> String.valueOf(value).contains(key.substring(10)));
    }

    @Test
    void should_give_distinct_keys_when_two_are_issued() {
        // given / when
        String first = (String) create("a").get("key");
        String second = (String) create("b").get("key");

        // then
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void should_list_keys_without_their_secret_when_the_admin_asks() {
        // given
        Map<String, Object> created = create("listed");

        // when
        Map<String, Object> page = client.get().uri("/api/keys").header("X-API-Key", ADMIN_KEY).exchange()
                .expectStatus().isOk()
                .expectBody(MAP).returnResult().getResponseBody();

        // then
        List<Map<String, Object>> items = items(page);
        assertThat(items).hasSize(1);
        assertThat(items.getFirst()).containsOnlyKeys("id", "name", "prefix", "created_at", "last_used_at")
                .containsEntry("id", created.get("id"))
                .containsEntry("prefix", created.get("prefix"))
                .containsEntry("last_used_at", null);
    }

    @Test
    void should_record_last_used_at_when_a_key_is_used() {
        // given
        Map<String, Object> created = create("used");

        // when
        client.get().uri("/api/templates").header("X-API-Key", (String) created.get("key")).exchange()
                .expectStatus().isOk();

        // then
        Map<String, Object> page = client.get().uri("/api/keys").header("X-API-Key", ADMIN_KEY).exchange()
                .expectBody(MAP).returnResult().getResponseBody();
        assertThat(items(page).getFirst().get("last_used_at")).isNotNull();
    }

    @Test
    void should_stop_accepting_a_key_at_once_when_it_is_revoked() {
        // given
        Map<String, Object> created = create("revoked");
        String key = (String) created.get("key");
        client.get().uri("/api/templates").header("X-API-Key", key).exchange().expectStatus().isOk();

        // when
        client.delete().uri("/api/keys/{id}", created.get("id")).header("X-API-Key", ADMIN_KEY).exchange().expectStatus().isNoContent();

        // then
        client.get().uri("/api/templates").header("X-API-Key", key).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void should_answer_404_when_revoking_an_unknown_or_malformed_id() {
        // given / when / then
        client.delete().uri("/api/keys/{id}", "00000000-0000-0000-0000-000000000000").header("X-API-Key", ADMIN_KEY).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.delete().uri("/api/keys/not-a-uuid").header("X-API-Key", ADMIN_KEY).exchange().expectStatus().isNotFound();
    }

    @Test
    void should_answer_403_when_an_ordinary_key_manages_keys() {
        // given
        String key = (String) create("ordinary").get("key");

        // when / then
        client.get().uri("/api/keys").header("X-API-Key", key).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("admin key"));
        client.post().uri("/api/keys").header("X-API-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "x")).exchange().expectStatus().isForbidden();
    }

    @Test
    void should_answer_401_when_key_routes_get_no_key_or_a_wrong_one() {
        // given / when / then
        client.get().uri("/api/keys").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer");
        client.get().uri("/api/keys").header("X-API-Key", KeyMaterial.newKey()).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void should_answer_400_with_field_errors_when_the_name_is_missing_or_not_a_string() {
        // given / when / then
        client.post().uri("/api/keys").header("X-API-Key", ADMIN_KEY).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("name");
        client.post().uri("/api/keys").header("X-API-Key", ADMIN_KEY).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", 5)).exchange()
                .expectStatus().isBadRequest();
    }

    private Map<String, Object> create(String name) {
        return client.post().uri("/api/keys").header("X-API-Key", ADMIN_KEY).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", name)).exchange()
                .expectStatus().isCreated()
                .expectBody(MAP).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    private static final org.springframework.core.ParameterizedTypeReference<Map<String, Object>> MAP =
            new org.springframework.core.ParameterizedTypeReference<>() {
            };
}
