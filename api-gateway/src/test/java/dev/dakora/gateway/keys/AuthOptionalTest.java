package dev.dakora.gateway.keys;

import dev.dakora.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.Map;

import static dev.dakora.gateway.support.Bodies.MAP;

/** With auth not required (the default), templates are open but key management still needs the admin key. */
class AuthOptionalTest extends GatewayTest {

    @Test
    void should_serve_template_routes_without_a_key_when_auth_is_not_required() {
        // given / when / then
        client.get().uri("/api/templates").exchange().expectStatus().isOk();
    }

    @Test
    void should_still_need_the_admin_key_for_key_routes_when_auth_is_not_required() {
        // given
        Map<String, Object> created = client.post().uri("/api/keys").header("X-API-Key", ADMIN_KEY)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "optional")).exchange()
                .expectStatus().isCreated().expectBody(MAP).returnResult().getResponseBody();

        // when / then
        client.get().uri("/api/keys").exchange().expectStatus().isUnauthorized();
        client.get().uri("/api/keys").header("X-API-Key", KeyMaterial.newKey()).exchange().expectStatus().isUnauthorized();
        client.get().uri("/api/keys").header("X-API-Key", (String) created.get("key")).exchange().expectStatus().isForbidden();
        client.get().uri("/api/keys").header("X-API-Key", ADMIN_KEY).exchange().expectStatus().isOk();
    }
}
