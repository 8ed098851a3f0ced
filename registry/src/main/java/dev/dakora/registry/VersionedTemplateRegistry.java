package dev.dakora.registry;

import dev.dakora.common.template.TemplateSpec;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The {@link TemplateRegistry} over any {@link BlobStore}: versions, labels and history are kept by the
 * rules of {@link Saver} in the layout of {@link StoreLayout}, so every backend behaves the same. Reads go
 * to {@link TemplateReads}, changes to {@link TemplateWrites}. Changes made to the store from outside are
 * taken in by {@link #syncFile(String)} and {@link #syncAll()}.
 */
public class VersionedTemplateRegistry implements TemplateRegistry {

    private final TemplateReads reads;
    private final TemplateWrites writes;
    private final FileImports imports;
    private final ChangeListeners listeners = new ChangeListeners();

    public VersionedTemplateRegistry(BlobStore store) {
        this(store, Clock.systemUTC());
    }

    public VersionedTemplateRegistry(BlobStore store, Clock clock) {
        Objects.requireNonNull(store, "store");
        VersionLog log = new VersionLog(store, Objects.requireNonNull(clock, "clock"));
        LabelStore labels = new LabelStore(store);
        HistoryView view = new HistoryView(log, labels);
        CurrentFiles files = new CurrentFiles(store);
        Saver saver = new Saver(log, files);
        IdLocks locks = new IdLocks();
        this.reads = new TemplateReads(store, log, labels, view, files);
        this.writes = new TemplateWrites(reads, view, files, saver, locks, listeners);
        this.imports = new FileImports(store, files, saver, locks, listeners);
    }

    @Override
    public List<String> list() {
        return reads.list();
    }

    @Override
    public Optional<TemplateSpec> get(String id) {
        return reads.get(id);
    }

    @Override
    public Optional<TemplateSpec> getVersion(String id, String version) {
        return reads.getVersion(id, version);
    }

    @Override
    public Optional<TemplateSpec> getByLabel(String id, String label) {
        return reads.getByLabel(id, label);
    }

    @Override
    public SaveResult create(TemplateSpec spec) {
        return writes.create(spec);
    }

    @Override
    public SaveResult save(TemplateSpec spec) {
        return writes.save(spec);
    }

    @Override
    public boolean delete(String id) {
        return writes.delete(id);
    }

    @Override
    public List<VersionInfo> history(String id) {
        return reads.history(id);
    }

    @Override
    public Map<String, String> labels(String id) {
        return reads.labels(id);
    }

    @Override
    public void setLabel(String id, String label, String version) {
        writes.setLabel(id, label, version);
    }

    @Override
    public void addChangeListener(Consumer<String> listener) {
        listeners.add(listener);
    }

    /** Takes in an outside change to one top-level file ({@code {id}.yaml}): added, edited or removed. */
    public void syncFile(String name) {
        imports.syncFile(name);
    }

    /** Takes in every outside change to the top-level files. */
    public void syncAll() {
        imports.syncAll();
    }

    /** Top-level files that could not be taken in, file name to the reason, sorted by name. */
    public Map<String, String> problems() {
        return imports.problems();
    }
}
