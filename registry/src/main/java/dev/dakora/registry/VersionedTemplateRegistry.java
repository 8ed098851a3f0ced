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
 * rules of {@link Saver} in the layout of {@link StoreLayout}, so every backend behaves the same. Changes
 * made to the store from outside are taken in by {@link #syncFile(String)} and {@link #syncAll()}.
 */
public class VersionedTemplateRegistry implements TemplateRegistry {

    private final BlobStore store;
    private final VersionLog log;
    private final LabelStore labels;
    private final HistoryView view;
    private final CurrentFiles files;
    private final Saver saver;
    private final FileImports imports;
    private final IdLocks locks = new IdLocks();
    private final ChangeListeners listeners = new ChangeListeners();

    public VersionedTemplateRegistry(BlobStore store) {
        this(store, Clock.systemUTC());
    }

    public VersionedTemplateRegistry(BlobStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.log = new VersionLog(store, Objects.requireNonNull(clock, "clock"));
        this.labels = new LabelStore(store);
        this.view = new HistoryView(log, labels);
        this.files = new CurrentFiles(store);
        this.saver = new Saver(log, files);
        this.imports = new FileImports(store, files, saver, locks, listeners);
    }

    @Override
    public List<String> list() {
        return StoreLayout.liveIds(store.list(""));
    }

    @Override
    public Optional<TemplateSpec> get(String id) {
        if (!isValidId(id) || !files.exists(id)) {
            return Optional.empty();
        }
        return log.newest(id).flatMap(entry -> log.read(id, entry.version()));
    }

    @Override
    public Optional<TemplateSpec> getVersion(String id, String version) {
        return isValidId(id) ? log.read(id, version) : Optional.empty();
    }

    @Override
    public Optional<TemplateSpec> getByLabel(String id, String label) {
        if (LATEST.equals(label)) {
            return get(id);
        }
        if (!isValidId(id) || LabelStore.problem(label).isPresent() || !files.exists(id)) {
            return Optional.empty();
        }
        return labels.get(id, label).flatMap(version -> log.read(id, version));
    }

    @Override
    public SaveResult create(TemplateSpec spec) {
        Objects.requireNonNull(spec, "spec");
        return store(spec, () -> {
            if (isLive(spec.id())) {
                throw new TemplateExistsException("template '" + spec.id() + "' already exists; save it to change it");
            }
        });
    }

    @Override
    public SaveResult save(TemplateSpec spec) {
        Objects.requireNonNull(spec, "spec");
        return store(spec, () -> {
        });
    }

    @Override
    public boolean delete(String id) {
        if (!isValidId(id)) {
            return false;
        }
        boolean deleted = locks.withLock(id, () -> {
            boolean live = isLive(id);
            files.delete(id);
            return live;
        });
        if (deleted) {
            listeners.fire(id);
        }
        return deleted;
    }

    @Override
    public List<VersionInfo> history(String id) {
        return isValidId(id) ? view.history(id) : List.of();
    }

    @Override
    public Map<String, String> labels(String id) {
        return isValidId(id) ? view.labels(id) : Map.of();
    }

    @Override
    public void setLabel(String id, String label, String version) {
        TemplateSpec.idProblem(id).ifPresent(problem -> {
            throw new IllegalArgumentException("template id " + problem);
        });
        LabelStore.problem(label).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        locks.withLock(id, () -> view.pointLabel(id, label, version));
        listeners.fire(id);
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

    private SaveResult store(TemplateSpec spec, Runnable precondition) {
        Saver.Saved saved = locks.withLock(spec.id(), () -> {
            precondition.run();
            return saver.save(spec, false);
        });
        if (saved.changed()) {
            listeners.fire(spec.id());
        }
        return saved.result();
    }

    private boolean isLive(String id) {
        return files.exists(id) && log.newest(id).isPresent();
    }

    private static boolean isValidId(String id) {
        return TemplateSpec.idProblem(id).isEmpty();
    }
}
