package dev.dakora.gateway.datasets;

import dev.dakora.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import static dev.dakora.gateway.support.Bodies.uniqueId;

@TestPropertySource(properties = "dakora.auth.required=true")
class DatasetAuthTest extends GatewayTest {

    @Test
    void should_need_a_key_to_upload_or_read_datasets_when_auth_is_required() {
        // given
        String name = uniqueId("guarded");

        // when / then
        client.post().uri("/api/datasets/{name}/versions", name).contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue("a\n1\n").exchange().expectStatus().isUnauthorized();
        client.get().uri("/api/datasets").exchange().expectStatus().isUnauthorized();
        client.delete().uri("/api/datasets/{name}", name).exchange().expectStatus().isUnauthorized();
        client.post().uri("/api/datasets/{name}/versions", name).header("X-API-Key", ADMIN_KEY)
                .contentType(MediaType.parseMediaType("text/csv")).bodyValue("a\n1\n").exchange().expectStatus().isCreated();
        client.get().uri("/api/datasets/{name}", name).header("X-API-Key", ADMIN_KEY).exchange().expectStatus().isOk();
    }
}
