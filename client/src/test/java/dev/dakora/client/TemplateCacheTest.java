package dev.dakora.client;

import static dev.dakora.client.Templates.greeting;
import static dev.dakora.client.Templates.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The client-side template cache against a real gateway: another client (without a cache) changes the
 * template on the server, and the cached client shows what it serves.
 */
class TemplateCacheTest {

    private static Dakora editor;

    @BeforeAll
    static void connect() {
        editor = TestGateway.shared().client();
    }

    @AfterAll
    static void disconnect() {
        editor.close();
    }

    @Test
    void should_serve_the_cached_template_without_asking_the_server_when_it_is_fresh() {
        // given
        String id = uniqueId("fresh");
        editor.prompts().create(greeting(id));
        try (Dakora cached = cachedClient(CacheOptions.defaults())) {
            assertThat(cached.prompts().get(id).version()).isEqualTo("1.0.0");

            // when
            editor.prompts().update(id, TemplateUpdate.text("Hi {{ name }}!").withVersion("1.1.0"));

            // then
            assertThat(cached.prompts().get(id).version()).as("within the TTL").isEqualTo("1.0.0");
            assertThat(editor.prompts().get(id).version()).as("the server").isEqualTo("1.1.0");
        }
    }

    @Test
    void should_drop_the_cached_template_when_the_same_client_updates_it() {
        // given
        String id = uniqueId("own-write");
        editor.prompts().create(greeting(id));
        try (Dakora cached = cachedClient(CacheOptions.defaults())) {
            cached.prompts().get(id);

            // when
            cached.prompts().update(id, TemplateUpdate.text("Yo {{ name }}!"));

            // then
            assertThat(cached.prompts().get(id).template()).isEqualTo("Yo {{ name }}!");
        }
    }

    @Test
    void should_serve_the_stale_template_and_refresh_it_in_the_background_when_the_ttl_passed() throws Exception {
        // given
        String id = uniqueId("stale");
        editor.prompts().create(greeting(id));
        Duration ttl = Duration.ofMillis(300);
        try (Dakora cached = cachedClient(CacheOptions.defaults().withTtl(ttl))) {
            cached.prompts().get(id);
            editor.prompts().update(id, TemplateUpdate.text("Hi {{ name }}!").withVersion("2.0.0"));
            Thread.sleep(ttl.toMillis() + 100);

            // when
            Template stale = cached.prompts().get(id);

            // then
            assertThat(stale.version()).as("served at once, stale").isEqualTo("1.0.0");
            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(cached.prompts().get(id).version()).isEqualTo("2.0.0"));
        }
    }

    @Test
    void should_forget_the_template_when_a_refresh_finds_it_deleted() throws Exception {
        // given
        String id = uniqueId("gone");
        editor.prompts().create(greeting(id));
        Duration ttl = Duration.ofMillis(200);
        try (Dakora cached = cachedClient(CacheOptions.defaults().withTtl(ttl))) {
            cached.prompts().get(id);
            editor.prompts().delete(id);
            Thread.sleep(ttl.toMillis() + 100);

            // when
            Template stale = cached.prompts().get(id);

            // then
            assertThat(stale.id()).isEqualTo(id);
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThatThrownBy(() -> cached.prompts().get(id)).isInstanceOf(NotFoundException.class));
        }
    }

    @Test
    void should_serve_cached_templates_and_the_fallback_when_the_server_is_stopped() {
        // given
        String id = uniqueId("kept");
        String offline = uniqueId("offline");
        Template fallback = Template.of(offline, "Hello there!");
        String adminKey = TestGateway.newKey();
        ServerProcess own = TestGateway.startProcess(adminKey);
        try (Dakora admin = Dakora.builder().url(own.url()).apiKey(adminKey).build();
             Dakora cached = Dakora.builder().url(own.url()).apiKey(adminKey).timeout(Duration.ofSeconds(2))
                     .templateCache(CacheOptions.defaults().withTtl(Duration.ZERO).withFallback(fallback)).build()) {
            admin.prompts().create(greeting(id));
            cached.prompts().get(id);

            // when
            own.close();

            // then
            assertThat(cached.prompts().get(id).template()).as("stale entry, refresh failing").isEqualTo("Hello {{ name }}!");
            assertThat(cached.prompts().get(id).template()).isEqualTo("Hello {{ name }}!");
            assertThat(cached.prompts().get(offline)).isEqualTo(fallback);
            assertThatThrownBy(() -> cached.prompts().get(uniqueId("no-fallback")))
                    .isInstanceOf(ConnectionException.class);
        } finally {
            own.close();
        }
    }

    @Test
    void should_not_answer_the_fallback_when_the_server_says_the_template_does_not_exist() {
        // given
        String id = uniqueId("unknown");
        try (Dakora cached = cachedClient(CacheOptions.defaults().withFallback(Template.of(id, "fallback")))) {

            // when / then
            assertThatThrownBy(() -> cached.prompts().get(id)).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void should_refuse_a_negative_ttl() {
        // given / when / then
        assertThatThrownBy(() -> CacheOptions.defaults().withTtl(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be negative");
    }

    private static Dakora cachedClient(CacheOptions options) {
        TestGateway gateway = TestGateway.shared();
        return Dakora.builder().url(gateway.url()).apiKey(gateway.adminKey()).templateCache(options).build();
    }
}
