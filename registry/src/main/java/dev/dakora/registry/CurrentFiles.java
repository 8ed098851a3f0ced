package dev.dakora.registry;

import dev.dakora.common.template.TemplateSpec;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code {id}.yaml} objects holding each template's current version, and a fingerprint of what this
 * registry last wrote or read there, so that it can tell its own writes from changes made outside.
 */
final class CurrentFiles {

    private static final String ABSENT = "-";

    private final BlobStore store;
    private final Map<String, String> lastSeen = new ConcurrentHashMap<>();

    CurrentFiles(BlobStore store) {
        this.store = store;
    }

    Optional<byte[]> read(String id) {
        return store.read(StoreLayout.current(id));
    }

    boolean exists(String id) {
        return read(id).isPresent();
    }

    void write(TemplateSpec spec) {
        byte[] bytes = VersionLog.canonical(spec);
        store.write(StoreLayout.current(spec.id()), bytes);
        lastSeen.put(spec.id(), ContentHash.sha256(bytes));
    }

    boolean delete(String id) {
        boolean removed = store.delete(StoreLayout.current(id));
        lastSeen.put(id, ABSENT);
        return removed;
    }

    /** Records what the file of {@code id} now holds; true when that differs from what was last seen. */
    boolean markSeen(String id, Optional<byte[]> content) {
        String fingerprint = content.map(ContentHash::sha256).orElse(ABSENT);
        return !fingerprint.equals(lastSeen.put(id, fingerprint));
    }

    /** Whether the file of {@code id} was absent, or not yet looked at, when last seen. */
    boolean wasAbsent(String id) {
        return ABSENT.equals(lastSeen.getOrDefault(id, ABSENT));
    }

    Iterable<String> seenIds() {
        return lastSeen.keySet();
    }
}
