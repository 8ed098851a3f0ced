package dev.dakora.studio;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.main.web-application-type=reactive")
@AutoConfigureWebTestClient
class ClientRouteFallbackTest {

    @Autowired
    WebTestClient http;

    @Test
    void should_serve_index_html_when_a_client_route_is_loaded() {
        // given a deep link to a screen

        // when / then
        http.get().uri("/templates/greeting/versions").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueEquals("Cache-Control", "no-cache")
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body)
                        .contains("studio test page"));
    }

    @Test
    void should_serve_index_html_at_the_root() {
        // when / then
        http.get().uri("/").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body)
                        .contains("studio test page"));
    }

    @Test
    void should_serve_static_files_as_themselves_and_cache_them() {
        // when / then
        http.get().uri("/assets/app-test.js").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Cache-Control", "public, max-age=31536000, immutable")
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body)
                        .contains("studio test asset"));
    }

    @Test
    void should_answer_404_when_a_missing_file_is_asked_for() {
        // when / then
        http.get().uri("/assets/missing.js").exchange().expectStatus().isNotFound();
    }

    @Test
    void should_leave_api_routes_to_the_api_when_they_exist_or_not() {
        // when / then
        http.get().uri("/api/ping").exchange().expectStatus().isOk().expectBody(String.class).isEqualTo("pong");
        http.get().uri("/api/no-such-route").exchange().expectStatus().isNotFound()
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body)
                        .doesNotContain("studio test page"));
    }

    @Test
    void should_not_fall_back_when_the_method_is_not_get() {
        // when / then
        http.post().uri("/templates/greeting").exchange()
                .expectStatus().value(status -> org.assertj.core.api.Assertions.assertThat(status).isBetween(400, 499))
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body)
                        .doesNotContain("studio test page"));
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(PingController.class)
    static class TestApp {
    }

    @RestController
    static class PingController {

        @GetMapping("/api/ping")
        String ping() {
            return "pong";
        }
    }
}
