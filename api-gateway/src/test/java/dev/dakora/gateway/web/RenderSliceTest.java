package dev.dakora.gateway.web;

import dev.dakora.common.render.RenderLimits;
import dev.dakora.common.render.TemplateRenderer;
import dev.dakora.common.template.TemplateSpec;
import dev.dakora.common.template.InputSpec;
import dev.dakora.common.template.InputType;
import dev.dakora.gateway.domain.TemplateCatalog;
import dev.dakora.registry.TemplateRegistry;
import dev.dakora.registry.local.LocalTemplateRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

/**
 * The render route and the error mapping alone (no database, no filters), with a real registry on a
 * temporary directory and the real renderer under tight limits.
 */
@WebFluxTest(controllers = RenderController.class)
@AutoConfigureWebTestClient(timeout = "30s")
@Import(RenderSliceTest.Beans.class)
class RenderSliceTest {

    @Autowired
    WebTestClient client;

    @Autowired
    TemplateRegistry registry;

    @Test
    void should_render_a_stored_template_when_inputs_fit() {
        // given
        registry.save(new TemplateSpec("slice-hello", null, null, "Hi {{ who }}",
                Map.of("who", InputSpec.of(InputType.STRING)), Map.of()));

        // when / then
        client.post().uri("/api/templates/slice-hello/render").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("inputs", Map.of("who", "there"))).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.rendered").isEqualTo("Hi there")
                .jsonPath("$.inputs_used.who").isEqualTo("there");
    }

    @Test
    void should_answer_422_output_limit_when_the_render_grows_past_the_limit() {
        // given
        registry.save(new TemplateSpec("slice-big", null, null, "{% for i in range(50) %}0123456789{% endfor %}",
                Map.of(), Map.of()));

        // when / then
        client.post().uri("/api/templates/slice-big/render").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of()).exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.render_error").isEqualTo("output_limit");
    }

    @Test
    void should_answer_422_loop_limit_when_loops_run_past_the_limit() {
        // given
        registry.save(new TemplateSpec("slice-loop", null, null, "{% for i in range(1000) %}{% endfor %}done",
                Map.of(), Map.of()));

        // when / then
        client.post().uri("/api/templates/slice-loop/render").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of()).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.render_error").isEqualTo("loop_limit");
    }

    @TestConfiguration
    static class Beans {

        @Bean(destroyMethod = "close")
        TemplateRegistry templateRegistry() throws IOException {
            return new LocalTemplateRegistry(Files.createTempDirectory("dakora-slice-"), false);
        }

        @Bean(destroyMethod = "close")
        TemplateRenderer templateRenderer() {
            return new TemplateRenderer(new RenderLimits(100, 100, 10, Duration.ofSeconds(2), 4, 10));
        }

        @Bean(destroyMethod = "dispose")
        Scheduler renderScheduler() {
            return Schedulers.newBoundedElastic(4, 100, "slice-render");
        }

        @Bean
        TemplateCatalog templateCatalog(TemplateRegistry registry) {
            return new TemplateCatalog(registry, Schedulers.boundedElastic(), 100);
        }
    }
}
