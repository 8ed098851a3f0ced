package dev.dakora.client;

import static dev.dakora.client.Templates.greeting;
import static dev.dakora.client.Templates.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** API keys against a gateway that requires them: the admin makes a key, the key works until revoked. */
class AuthTest {

    private final TestGateway gateway = TestGateway.shared();

    @Test
    void should_work_with_a_key_made_by_the_admin_and_stop_when_it_is_revoked() {
        try (Dakora admin = gateway.admin()) {
            // given
            ApiKey key = admin.keys().create("ci");
            String id = uniqueId("auth");

            try (Dakora user = Dakora.builder().url(gateway.url()).apiKey(key.key()).build()) {
                // when
                user.prompts().create(greeting(id));

                // then
                assertThat(key.key()).startsWith("dk_");
                assertThat(user.prompts().list()).contains(id);
                assertThat(admin.keys().list()).extracting(ApiKey::id).contains(key.id());
                assertThat(admin.keys().list()).allSatisfy(listed -> assertThat(listed.key()).isNull());
                assertThat(admin.keys().listPage().items()).extracting(ApiKey::id).contains(key.id());

                admin.keys().delete(key.id());
                assertThatThrownBy(() -> user.prompts().list()).isInstanceOf(AuthenticationException.class);
            }
        }
    }

    @Test
    void should_refuse_a_key_the_server_never_made() {
        // given
        try (Dakora stranger = Dakora.builder().url(gateway.url()).apiKey(TestGateway.newKey()).build()) {

            // when / then
            assertThatThrownBy(() -> stranger.prompts().list())
                    .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.status()).isEqualTo(401));
        }
    }
}
