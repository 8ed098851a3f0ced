package dev.dakora.client;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import tools.jackson.core.type.TypeReference;

/**
 * The server's template store ({@code /api/templates}) as {@link Prompts} reads and changes it: reads of
 * one template go through the {@link TemplateCache} when there is one, and every change made through this
 * client drops that template's cached entries, whether the server accepted it or not.
 */
final class StoredTemplates {

    private static final TypeReference<List<String>> IDS = new TypeReference<>() { };
    private static final TypeReference<Page<VersionInfo>> VERSIONS = new TypeReference<>() { };

    private final Transport transport;
    private final TemplateCache cache;

    StoredTemplates(Transport transport, CacheOptions cacheOptions) {
        this.transport = transport;
        this.cache = cacheOptions == null ? null
                : new TemplateCache(cacheOptions, key -> fetch(key.id(), key.selector()), System::nanoTime);
    }

    CompletableFuture<List<String>> list() {
        return transport.json("GET", "/api/templates", null, IDS);
    }

    CompletableFuture<Template> get(String id, Selector selector) {
        return cache == null ? fetch(id, selector) : cache.get(new TemplateCache.Key(id, selector));
    }

    CompletableFuture<Template> create(Template template) {
        return transport.json("POST", "/api/templates", template, Template.class)
                .whenComplete((created, failure) -> invalidate(template.id()));
    }

    CompletableFuture<Template> update(String id, TemplateUpdate update) {
        return transport.json("PUT", Transport.path("/api/templates/%s", id), update, Template.class)
                .whenComplete((updated, failure) -> invalidate(id));
    }

    CompletableFuture<Void> delete(String id) {
        return transport.json("DELETE", Transport.path("/api/templates/%s", id), null, Map.of())
                .whenComplete((body, failure) -> invalidate(id)).thenApply(body -> null);
    }

    CompletableFuture<Page<VersionInfo>> versionPage(String id) {
        return transport.json("GET", Transport.path("/api/templates/%s/versions", id) + "?limit=1000", null, VERSIONS);
    }

    CompletableFuture<LabelResult> setLabel(String id, String label, String version) {
        return transport.json("PUT", Transport.path("/api/templates/%s/labels/%s", id, label),
                        Map.of("version", version), LabelResult.class)
                .whenComplete((result, failure) -> invalidate(id));
    }

    private CompletableFuture<Template> fetch(String id, Selector selector) {
        return transport.json("GET", Transport.path("/api/templates/%s", id) + selector.query(), null, Template.class);
    }

    private void invalidate(String id) {
        if (cache != null && id != null) {
            cache.invalidate(id);
        }
    }
}
