package dev.dakora.client;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Templates on the server ({@code /api/templates}), as the reference SDK's {@code dakora.prompts}:
 * list, get, create, update, delete, render and compare, plus the version history and labels. Each
 * method has a blocking form and an {@code ...Async} form. {@link #get} goes through the template
 * cache when the client has one; writes through this client drop that template's cached entries.
 */
public final class Prompts {

    private final StoredTemplates templates;
    private final TemplateRuns runs;

    Prompts(Transport transport, Transport comparing, CacheOptions cacheOptions) {
        this.templates = new StoredTemplates(transport, cacheOptions);
        this.runs = new TemplateRuns(transport, comparing);
    }

    public List<String> list() {
        return Transport.await(listAsync());
    }

    public CompletableFuture<List<String>> listAsync() {
        return templates.list();
    }

    public Template get(String id) {
        return Transport.await(getAsync(id, Selector.CURRENT));
    }

    public Template get(String id, Selector selector) {
        return Transport.await(getAsync(id, selector));
    }

    public CompletableFuture<Template> getAsync(String id) {
        return getAsync(id, Selector.CURRENT);
    }

    public CompletableFuture<Template> getAsync(String id, Selector selector) {
        return templates.get(id, selector);
    }

    public Template create(Template template) {
        return Transport.await(createAsync(template));
    }

    public CompletableFuture<Template> createAsync(Template template) {
        return templates.create(template);
    }

    public Template update(String id, TemplateUpdate update) {
        return Transport.await(updateAsync(id, update));
    }

    public CompletableFuture<Template> updateAsync(String id, TemplateUpdate update) {
        return templates.update(id, update);
    }

    public void delete(String id) {
        Transport.await(deleteAsync(id));
    }

    public CompletableFuture<Void> deleteAsync(String id) {
        return templates.delete(id);
    }

    public RenderResult render(String id, Map<String, ?> inputs) {
        return Transport.await(renderAsync(id, inputs));
    }

    public CompletableFuture<RenderResult> renderAsync(String id, Map<String, ?> inputs) {
        return renderAsync(id, Selector.CURRENT, inputs);
    }

    /** Renders the version the selector picks (an exact version, or the one a label points at). */
    public RenderResult render(String id, Selector selector, Map<String, ?> inputs) {
        return Transport.await(renderAsync(id, selector, inputs));
    }

    public CompletableFuture<RenderResult> renderAsync(String id, Selector selector, Map<String, ?> inputs) {
        return runs.render(id, selector, inputs);
    }

    public CompareResult compare(String id, List<String> models, Map<String, ?> inputs) {
        return compare(id, CompareRequest.of(models, new java.util.LinkedHashMap<>(inputs)));
    }

    public CompareResult compare(String id, CompareRequest request) {
        return Transport.await(compareAsync(id, request));
    }

    /** Waits for every model (the server runs the comparison as a job); allowed up to the compare timeout. */
    public CompletableFuture<CompareResult> compareAsync(String id, CompareRequest request) {
        return compareAsync(id, Selector.CURRENT, request);
    }

    /** Compares the version the selector picks (an exact version, or the one a label points at). */
    public CompareResult compare(String id, Selector selector, CompareRequest request) {
        return Transport.await(compareAsync(id, selector, request));
    }

    public CompletableFuture<CompareResult> compareAsync(String id, Selector selector, CompareRequest request) {
        return runs.compare(id, selector, request);
    }

    /** The version history, newest first (the first 1000 versions). */
    public List<VersionInfo> versions(String id) {
        return Transport.await(versionsAsync(id));
    }

    public CompletableFuture<List<VersionInfo>> versionsAsync(String id) {
        return versionPageAsync(id).thenApply(Page::items);
    }

    /** The first 1000 versions, newest first, as the server pages them (with the cursor of the rest, if any). */
    public Page<VersionInfo> versionPage(String id) {
        return Transport.await(versionPageAsync(id));
    }

    public CompletableFuture<Page<VersionInfo>> versionPageAsync(String id) {
        return templates.versionPage(id);
    }

    /** Points {@code label} at {@code version} ({@code latest} cannot be set: it follows the newest version). */
    public LabelResult setLabel(String id, String label, String version) {
        return Transport.await(setLabelAsync(id, label, version));
    }

    public CompletableFuture<LabelResult> setLabelAsync(String id, String label, String version) {
        return templates.setLabel(id, label, version);
    }
}
