package dev.dakora.gateway.web;

import dev.dakora.common.render.RenderLimits;
import dev.dakora.common.render.TemplateRenderer;
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

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The draft render route alone, with the real renderer under tight limits. */
@WebFluxTest(controllers = DraftRenderController.class)
@AutoConfigureWebTestClient(timeout = "30s")
@Import(DraftRenderSliceTest.Beans.class)
class DraftRenderSliceTest {

    private static final Map<String, Object> STRING = Map.of("type", "string");

    @Autowired
    WebTestClient client;

    @Test
    void rendersAnUnsavedTemplateAndSaysWhichNamesItReads() {
        Map<String, Object> draft = Map.of("template", "Hi {{ who }}{% for x in items %}{{ x }}{% endfor %}{{ mood }}",
                "inputs", Map.of("who", STRING, "items", Map.of("type", "array<string>"), "tone", Map.of("type", "string", "required", false)));

        post(Map.of("template", draft, "inputs", Map.of("who", "Ann", "items", List.of("a", "b"), "mood", "x")))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.render_error").isEqualTo("undefined")
                .jsonPath("$.undeclared").isEqualTo(List.of("mood"))
                .jsonPath("$.unused").isEqualTo(List.of("tone"))
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("mood").doesNotContain("Exception"));
    }

    @Test
    void answersTheRenderWhenEveryNameIsDeclared() {
        Map<String, Object> draft = Map.of("template", "Hi {{ who }}{% for x in items %}{{ x }}{% endfor %}",
                "inputs", Map.of("who", STRING, "items", Map.of("type", "array<string>"), "tone", Map.of("type", "string", "required", false)));

        post(Map.of("template", draft, "inputs", Map.of("who", "Ann", "items", List.of("a", "b"))))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.rendered").isEqualTo("Hi Annab")
                .jsonPath("$.inputs_used.who").isEqualTo("Ann")
                .jsonPath("$.variables").isEqualTo(List.of("who", "items"))
                .jsonPath("$.undeclared").isEmpty()
                .jsonPath("$.unused").isEqualTo(List.of("tone"));
    }

    @Test
    void aTemplateThatDoesNotParseIs422WithItsLineAndOneMessage() {
        post(Map.of("template", Map.of("template", "line one\nline two\n{{ x + }}")))
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.render_error").isEqualTo("syntax")
                .jsonPath("$.line").isEqualTo(3)
                .jsonPath("$.variables").doesNotExist()
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .startsWith("syntax error in 'x +'").doesNotContain("at line").doesNotContain("#{").doesNotContainPattern("\\b[a-z]+\\.[a-z]+\\.[A-Z]\\w+"));
    }

    @Test
    void aFailedRenderNamesTheLineOfTheFailure() {
        post(Map.of("template", Map.of("template", "ok\n{{ 1 / 0 }}")))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.line").isEqualTo(2)
                .jsonPath("$.title").value(title -> assertThat((String) title).isNotBlank())
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).isNotBlank().doesNotContain("Exception"));
    }

    @Test
    void hostileTemplatesHitTheSameSandboxLimitsAsStoredOnes() {
        post(Map.of("template", Map.of("template", "{% for i in range(1000) %}{% endfor %}done")))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.render_error").isEqualTo("loop_limit");
        post(Map.of("template", Map.of("template", "{% for i in range(50) %}0123456789{% endfor %}")))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.render_error").isEqualTo("output_limit");
        post(Map.of("template", Map.of("template", "{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}")))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.render_error").isEqualTo("recursion_limit");
        post(Map.of("template", Map.of("template", "{{ ''.__class__ }}{{ x.getClass() }}", "inputs", Map.of("x", STRING)),
                "inputs", Map.of("x", "s")))
                .expectStatus().isEqualTo(422);
    }

    @Test
    void inputsThatFailTheSpecAre422WithTheFieldAndTheNamesTheTextReads() {
        post(Map.of("template", Map.of("template", "{{ n }}{{ other }}", "inputs", Map.of("n", Map.of("type", "number"), "spare", Map.of("type", "string", "required", false))),
                "inputs", Map.of("n", "not a number")))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("n")
                .jsonPath("$.undeclared").isEqualTo(List.of("other"))
                .jsonPath("$.unused").isEqualTo(List.of("spare"));
    }

    @Test
    void aMalformedBodyIs400() {
        client.post().uri("/api/render").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"template\": ").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        post(Map.of("inputs", Map.of())).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("template");
        post(Map.of("template", Map.of("template", "x", "inputs", Map.of("n", Map.of("type", "no-such-type")))))
                .expectStatus().isBadRequest();
        post(Map.of("template", Map.of("inputs", Map.of()))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("template");
        post(Map.of("template", "just text")).expectStatus().isBadRequest();
    }

    private WebTestClient.ResponseSpec post(Object body) {
        return client.post().uri("/api/render").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @TestConfiguration
    static class Beans {

        @Bean(destroyMethod = "close")
        TemplateRenderer templateRenderer() {
            return new TemplateRenderer(new RenderLimits(100, 100, 10, Duration.ofSeconds(2), 4, 10));
        }

        @Bean(destroyMethod = "dispose")
        Scheduler renderScheduler() {
            return Schedulers.newBoundedElastic(4, 100, "slice-draft-render");
        }
    }
}
