package dev.dakora.gateway.web;

import dev.dakora.common.render.RenderLimits;
import dev.dakora.common.render.TemplateRenderer;
import dev.dakora.common.template.TemplateSpec;
import dev.dakora.gateway.domain.TemplateCatalog;
import dev.dakora.registry.TemplateRegistry;
import dev.dakora.registry.local.LocalTemplateRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The render route when every render thread is busy and their queue is full: the render is refused with 429
 * and a Retry-After, not a 500, and renders again once a thread is free.
 */
@WebFluxTest(controllers = RenderController.class)
@AutoConfigureWebTestClient(timeout = "30s")
@Import(RenderQueueOverflowTest.Beans.class)
class RenderQueueOverflowTest {

    @Autowired
    WebTestClient client;

    @Autowired
    TemplateRegistry registry;

    @Autowired
    @Qualifier("renderScheduler")
    Scheduler renderScheduler;

    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(2);

    @AfterEach
    void freeTheRenderThread() {
        release.countDown();
    }

    @Test
    void should_answer_429_with_retry_after_while_the_render_thread_and_its_queue_are_full_and_render_once_free()
            throws InterruptedException {
        // given: the only render thread busy, then the one queued task it allows taken
        registry.save(new TemplateSpec("overflow", null, null, "Hi", Map.of(), Map.of()));
        renderScheduler.schedule(this::holdTheThread);
        assertThat(started.await(10, TimeUnit.SECONDS)).as("the render thread runs the first task").isTrue();
        renderScheduler.schedule(this::holdTheThread);

        // when / then
        client.post().uri("/api/templates/overflow/render").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of())
                .exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "1")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("the server is rendering as many templates as it queues; retry later");

        // when: the thread and its queue are free again
        release.countDown();
        assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();

        // then
        client.post().uri("/api/templates/overflow/render").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of())
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.rendered").isEqualTo("Hi");
    }

    private void holdTheThread() {
        started.countDown();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            finished.countDown();
        }
    }

    @TestConfiguration
    static class Beans {

        @Bean(destroyMethod = "close")
        TemplateRegistry templateRegistry() throws IOException {
            return new LocalTemplateRegistry(Files.createTempDirectory("dakora-overflow-"), false);
        }

        @Bean(destroyMethod = "close")
        TemplateRenderer templateRenderer() {
            return new TemplateRenderer(new RenderLimits(1000, 1000, 10, Duration.ofSeconds(2), 1, 10));
        }

        /** One render thread and one queued task: the production scheduler's shape, at its smallest. */
        @Bean(destroyMethod = "dispose")
        Scheduler renderScheduler() {
            return Schedulers.newBoundedElastic(1, 1, "overflow-render");
        }

        @Bean
        TemplateCatalog templateCatalog(TemplateRegistry registry) {
            return new TemplateCatalog(registry, Schedulers.boundedElastic(), 100);
        }
    }
}
