package dev.dakora.registry;

import dev.dakora.common.template.TemplateSpec;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The read side of the versioned registry: a template's current version, one version by number or by
 * label, the live ids, the history and the labels. An id that is not a valid template id reads as
 * absent, never as an error.
 */
final class TemplateReads {

    private final BlobStore store;
    private final VersionLog log;
    private final LabelStore labels;
    private final HistoryView view;
    private final CurrentFiles files;

    TemplateReads(BlobStore store, VersionLog log, LabelStore labels, HistoryView view, CurrentFiles files) {
        this.store = store;
        this.log = log;
        this.labels = labels;
        this.view = view;
        this.files = files;
    }

    List<String> list() {
        return StoreLayout.liveIds(store.list(""));
    }

    Optional<TemplateSpec> get(String id) {
        if (!isValidId(id) || !files.exists(id)) {
            return Optional.empty();
        }
        return log.newest(id).flatMap(entry -> log.read(id, entry.version()));
    }

    Optional<TemplateSpec> getVersion(String id, String version) {
        return isValidId(id) ? log.read(id, version) : Optional.empty();
    }

    Optional<TemplateSpec> getByLabel(String id, String label) {
        if (TemplateRegistry.LATEST.equals(label)) {
            return get(id);
        }
        if (!isValidId(id) || LabelStore.problem(label).isPresent() || !files.exists(id)) {
            return Optional.empty();
        }
        return labels.get(id, label).flatMap(version -> log.read(id, version));
    }

    List<VersionInfo> history(String id) {
        return isValidId(id) ? view.history(id) : List.of();
    }

    Map<String, String> labels(String id) {
        return isValidId(id) ? view.labels(id) : Map.of();
    }

    /** Whether the template has a current file and at least one version (a deleted one has no file). */
    boolean isLive(String id) {
        return files.exists(id) && log.newest(id).isPresent();
    }

    static boolean isValidId(String id) {
        return TemplateSpec.idProblem(id).isEmpty();
    }
}
