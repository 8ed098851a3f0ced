package dev.dakora.gateway.domain;

import dev.dakora.common.template.TemplateSpec;
import dev.dakora.registry.SaveResult;
import dev.dakora.registry.TemplateNotFoundException;
import dev.dakora.registry.TemplateRegistry;
import dev.dakora.registry.VersionInfo;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The registry seen from the event loop: every registry call runs on a scheduler meant for blocking
 * I/O, and template lookups (the render hot path) come from a cache that the registry's change
 * notices keep fresh. Unknown ids, versions and labels fail with {@link TemplateNotFoundException}.
 */
public class TemplateCatalog {

    private final TemplateRegistry registry;
    private final Scheduler blocking;
    private final TemplateCache cache;

    public TemplateCatalog(TemplateRegistry registry, Scheduler blocking, int maxCachedTemplates) {
        this.registry = registry;
        this.blocking = blocking;
        this.cache = new TemplateCache(maxCachedTemplates);
        registry.addChangeListener(cache::invalidate);
    }

    /** The current version, or the one {@code version} or {@code label} names (at most one of them). */
    public Mono<TemplateSpec> find(String id, String version, String label) {
        TemplateCache.Key key = new TemplateCache.Key(id, version, label);
        Optional<TemplateSpec> cached = cache.get(key);
        if (cached.isPresent()) {
            return Mono.just(cached.get());
        }
        if (TemplateSpec.idProblem(id).isPresent()) {
            return Mono.error(notFound(id, version, label));
        }
        return call(() -> cache.load(key, () -> lookup(id, version, label)))
                .flatMap(found -> found.map(Mono::just).orElseGet(() -> Mono.error(notFound(id, version, label))));
    }

    public Mono<List<String>> list() {
        return call(registry::list);
    }

    public Mono<SaveResult> create(TemplateSpec spec) {
        return call(() -> registry.create(spec)).doOnNext(saved -> cache.invalidate(spec.id()));
    }

    public Mono<SaveResult> save(TemplateSpec spec) {
        return call(() -> registry.save(spec)).doOnNext(saved -> cache.invalidate(spec.id()));
    }

    public Mono<Boolean> delete(String id) {
        return call(() -> registry.delete(id)).doOnNext(deleted -> cache.invalidate(id));
    }

    public Mono<List<VersionInfo>> history(String id) {
        return call(() -> registry.history(id));
    }

    public Mono<Map<String, String>> setLabel(String id, String label, String version) {
        return call(() -> {
            registry.setLabel(id, label, version);
            cache.invalidate(id);
            return registry.labels(id);
        });
    }

    int cachedEntries() {
        return cache.size();
    }

    /** A version or label name the registry refuses as unsafe names nothing, so it is not found. */
    private Optional<TemplateSpec> lookup(String id, String version, String label) {
        try {
            if (version != null) {
                return registry.getVersion(id, version);
            }
            if (label != null) {
                return registry.getByLabel(id, label);
            }
            return registry.get(id);
        } catch (IllegalArgumentException unsafeName) {
            return Optional.empty();
        }
    }

    private <T> Mono<T> call(Callable<T> blockingCall) {
        return Mono.fromCallable(blockingCall).subscribeOn(blocking);
    }

    private static TemplateNotFoundException notFound(String id, String version, String label) {
        String what = version != null ? "version '" + version + "' of template '" + id + "'"
                : label != null ? "label '" + label + "' of template '" + id + "'"
                : "template '" + id + "'";
        return new TemplateNotFoundException("no " + what + " exists");
    }
}
