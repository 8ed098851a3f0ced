package dev.dakora.gateway.domain;

import dev.dakora.common.template.TemplateSpec;
import dev.dakora.registry.TemplateNotFoundException;
import dev.dakora.registry.local.LocalTemplateRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TemplateCatalogTest {

    @TempDir
    Path prompts;

    private final Scheduler blocking = Schedulers.newBoundedElastic(4, 100, "test-registry");
    private LocalTemplateRegistry registry;

    @AfterEach
    void close() {
        registry.close();
        blocking.dispose();
    }

    @Test
    void should_run_registry_calls_off_the_calling_thread() {
        // given
        TemplateCatalog catalog = catalog();
        catalog.create(spec("greet", "Hello")).block();
        String caller = Thread.currentThread().getName();

        // when
        String thread = catalog.list().map(ids -> Thread.currentThread().getName()).block();

        // then
        assertThat(thread).startsWith("test-registry").isNotEqualTo(caller);
    }

    @Test
    void should_serve_the_current_version_from_cache_until_the_template_changes() {
        // given
        TemplateCatalog catalog = catalog();
        catalog.create(spec("greet", "Hello")).block();
        catalog.find("greet", null, null).block();

        // when
        int cachedBefore = catalog.cachedEntries();
        catalog.save(spec("greet", "Bye")).block();

        // then
        assertThat(cachedBefore).isEqualTo(1);
        assertThat(catalog.find("greet", null, null).block().template()).isEqualTo("Bye");
    }

    @Test
    void should_see_a_file_edited_outside_the_server() throws Exception {
        // given
        TemplateCatalog catalog = catalog(new LocalTemplateRegistry(prompts, true));
        catalog.create(spec("edited", "Before")).block();
        assertThat(catalog.find("edited", null, null).block().template()).isEqualTo("Before");

        // when
        Files.writeString(prompts.resolve("edited.yaml"), "id: edited\nversion: 1.0.0\ntemplate: After\n");

        // then
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(catalog.find("edited", null, null).block().template()).isEqualTo("After"));
    }

    @Test
    void should_fail_with_not_found_for_unknown_or_unsafe_names() {
        // given
        TemplateCatalog catalog = catalog();
        catalog.create(spec("greet", "Hello")).block();

        // when / then
        StepVerifier.create(catalog.find("nope", null, null)).expectError(TemplateNotFoundException.class).verify();
        StepVerifier.create(catalog.find("../etc", null, null)).expectError(TemplateNotFoundException.class).verify();
        StepVerifier.create(catalog.find("greet", "../../x", null)).expectError(TemplateNotFoundException.class).verify();
        StepVerifier.create(catalog.find("greet", null, "bad/label")).expectError(TemplateNotFoundException.class).verify();
    }

    private TemplateCatalog catalog() {
        return catalog(new LocalTemplateRegistry(prompts, false));
    }

    private TemplateCatalog catalog(LocalTemplateRegistry localRegistry) {
        registry = localRegistry;
        return new TemplateCatalog(registry, blocking, 100);
    }

    private static TemplateSpec spec(String id, String text) {
        return new TemplateSpec(id, null, null, text, Map.of(), Map.of());
    }
}
