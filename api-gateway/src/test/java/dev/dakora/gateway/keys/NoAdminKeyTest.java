package dev.dakora.gateway.keys;

import dev.dakora.gateway.support.TestKafka;
import dev.dakora.gateway.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A server started without {@code DAKORA_ADMIN_KEY} cannot manage keys at all. */
@SpringBootTest(properties = "dakora.auth.admin-key=")
@AutoConfigureWebTestClient(timeout = "30s")
class NoAdminKeyTest {

    private static final String SOME_KEY = KeyMaterial.newKey();

    @Autowired
    WebTestClient client;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestKafka.register(registry);
        TestDatabase.register(registry);
        registry.add("dakora.registry.local.path", () -> System.getProperty("java.io.tmpdir") + "/dakora-no-admin-" + ProcessHandle.current().pid());
    }

    @Test
    void should_answer_403_on_key_routes_when_the_server_has_no_admin_key() {
        // given / when / then
        client.get().uri("/api/keys").header("X-API-Key", SOME_KEY).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("DAKORA_ADMIN_KEY"));
    }

    @Test
    void should_keep_template_routes_open_when_the_server_has_no_admin_key_and_auth_is_off() {
        // given / when / then
        client.get().uri("/api/templates").exchange().expectStatus().isOk();
    }
}
