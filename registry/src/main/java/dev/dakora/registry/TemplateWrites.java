package dev.dakora.registry;

import dev.dakora.common.template.TemplateSpec;

import java.util.Objects;

/**
 * The write side of the versioned registry: create, save, delete and label moves, each under the
 * template's lock, and each change announced to the listeners once the lock is released.
 */
final class TemplateWrites {

    private final TemplateReads reads;
    private final HistoryView view;
    private final CurrentFiles files;
    private final Saver saver;
    private final IdLocks locks;
    private final ChangeListeners listeners;

    TemplateWrites(TemplateReads reads, HistoryView view, CurrentFiles files, Saver saver, IdLocks locks,
                   ChangeListeners listeners) {
        this.reads = reads;
        this.view = view;
        this.files = files;
        this.saver = saver;
        this.locks = locks;
        this.listeners = listeners;
    }

    SaveResult create(TemplateSpec spec) {
        Objects.requireNonNull(spec, "spec");
        return store(spec, () -> {
            if (reads.isLive(spec.id())) {
                throw new TemplateExistsException("template '" + spec.id() + "' already exists; save it to change it");
            }
        });
    }

    SaveResult save(TemplateSpec spec) {
        Objects.requireNonNull(spec, "spec");
        return store(spec, () -> {
        });
    }

    boolean delete(String id) {
        if (!TemplateReads.isValidId(id)) {
            return false;
        }
        boolean deleted = locks.withLock(id, () -> {
            boolean live = reads.isLive(id);
            files.delete(id);
            return live;
        });
        if (deleted) {
            listeners.fire(id);
        }
        return deleted;
    }

    void setLabel(String id, String label, String version) {
        TemplateSpec.idProblem(id).ifPresent(problem -> {
            throw new IllegalArgumentException("template id " + problem);
        });
        LabelStore.problem(label).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        locks.withLock(id, () -> view.pointLabel(id, label, version));
        listeners.fire(id);
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
}
