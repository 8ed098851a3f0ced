package dev.dakora.gateway.config;

import dev.dakora.common.render.RenderLimits;
import dev.dakora.common.render.TemplateRenderer;
import dev.dakora.gateway.domain.TemplateCatalog;
import dev.dakora.registry.TemplateRegistry;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/** The template registry chosen by {@code dakora.registry.type}, the renderer and their reactive front. */
@Configuration(proxyBeanMethods = false)
class TemplateConfiguration {

    static final int MAX_CACHED_TEMPLATES = 10_000;

    @Bean(destroyMethod = "close")
    TemplateRegistry templateRegistry(DakoraProperties properties) {
        return RegistryFactory.create(properties.registry());
    }

    @Bean(destroyMethod = "close")
    TemplateRenderer templateRenderer(DakoraProperties properties) {
        DakoraProperties.Render render = properties.render();
        return new TemplateRenderer(new RenderLimits(render.maxOutputChars(), render.maxLoopIterations(),
                render.maxRecursionDepth(), render.timeout(), render.maxConcurrentRenders(), render.cacheSize()));
    }

    /** Registry I/O, which blocks, runs here and never on an event loop. */
    @Bean(destroyMethod = "dispose")
    Scheduler registryScheduler() {
        return Schedulers.newBoundedElastic(Schedulers.DEFAULT_BOUNDED_ELASTIC_SIZE,
                Schedulers.DEFAULT_BOUNDED_ELASTIC_QUEUESIZE, "registry-io");
    }

    /**
     * Renders run on the calling thread until done or timed out, so they run here: one thread per render
     * the renderer lets run at once.
     */
    @Bean(destroyMethod = "dispose")
    Scheduler renderScheduler(DakoraProperties properties) {
        return Schedulers.newBoundedElastic(properties.render().maxConcurrentRenders(),
                Schedulers.DEFAULT_BOUNDED_ELASTIC_QUEUESIZE, "render");
    }

    @Bean
    TemplateCatalog templateCatalog(TemplateRegistry registry, @Qualifier("registryScheduler") Scheduler registryScheduler) {
        return new TemplateCatalog(registry, registryScheduler, MAX_CACHED_TEMPLATES);
    }
}
