package dev.dakora.registry;

import dev.dakora.common.template.InvalidSpecException;
import dev.dakora.common.template.TemplateSpec;
import dev.dakora.common.template.TemplateYaml;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Brings changes made outside the registry (a hand edit, a {@code git pull}, an upload) into it: a
 * changed {@code {id}.yaml} is saved as a version by the usual rules, a removed one is a deletion. A file
 * that cannot be read as a template is logged, remembered in {@link #problems()} and otherwise skipped:
 * the template keeps serving its last good version.
 */
final class FileImports {

    private static final Logger log = LoggerFactory.getLogger(FileImports.class);

    private final BlobStore store;
    private final CurrentFiles files;
    private final Saver saver;
    private final IdLocks locks;
    private final ChangeListeners listeners;
    private final Map<String, String> problems = new ConcurrentHashMap<>();

    FileImports(BlobStore store, CurrentFiles files, Saver saver, IdLocks locks, ChangeListeners listeners) {
        this.store = store;
        this.files = files;
        this.saver = saver;
        this.locks = locks;
        this.listeners = listeners;
    }

    void syncFile(String name) {
        if (!StoreLayout.isTopLevelYaml(name)) {
            return;
        }
        Optional<String> id = StoreLayout.idOf(name);
        if (id.isEmpty()) {
            if (store.read(name).isPresent()) {
                report(name, "the file name is not a valid template id: it " + TemplateSpec.idProblem(
                        name.substring(0, name.length() - StoreLayout.EXTENSION.length())).orElse("is not valid"));
            } else {
                problems.remove(name);
            }
            return;
        }
        if (locks.withLock(id.get(), () -> syncLocked(id.get(), name))) {
            listeners.fire(id.get());
        }
    }

    void syncAll() {
        Set<String> names = new HashSet<>();
        store.list("").stream().filter(StoreLayout::isTopLevelYaml).forEach(names::add);
        problems.keySet().forEach(names::add);
        files.seenIds().forEach(id -> names.add(StoreLayout.current(id)));
        names.forEach(this::syncFile);
    }

    Map<String, String> problems() {
        return new TreeMap<>(problems);
    }

    private boolean syncLocked(String id, String name) {
        Optional<byte[]> content = files.read(id);
        boolean appeared = files.wasAbsent(id);
        if (!files.markSeen(id, content)) {
            return false;
        }
        if (content.isEmpty()) {
            problems.remove(name);
            return true;
        }
        try {
            TemplateSpec spec = TemplateYaml.load(new String(content.get(), StandardCharsets.UTF_8));
            if (!spec.id().equals(id)) {
                report(name, "its id '" + spec.id() + "' does not match the file name; the id must be '" + id + "'");
                return false;
            }
            boolean changed = saver.save(spec, true).changed();
            problems.remove(name);
            return changed || appeared;
        } catch (InvalidSpecException | VersionConflictException e) {
            report(name, e.getMessage());
            return false;
        }
    }

    private void report(String name, String message) {
        if (!message.equals(problems.put(name, message))) {
            log.warn("Skipping template file {}: {}", name, message);
        }
    }
}
