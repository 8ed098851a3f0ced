package dev.dakora.registry;

import dev.dakora.common.template.TemplateSpec;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The labels of each template, one small object per label holding the version it points at. */
final class LabelStore {

    private final BlobStore store;

    LabelStore(BlobStore store) {
        this.store = store;
    }

    /** Why {@code label} cannot be set, or empty when it can. */
    static Optional<String> problem(String label) {
        if (TemplateRegistry.LATEST.equalsIgnoreCase(String.valueOf(label))) {
            return Optional.of("'" + TemplateRegistry.LATEST + "' always follows the newest version and cannot be set");
        }
        return TemplateSpec.idProblem(label).map(message -> "label name " + message);
    }

    Optional<String> get(String id, String label) {
        return store.read(StoreLayout.label(id, label)).map(bytes -> new String(bytes, StandardCharsets.UTF_8).trim());
    }

    void set(String id, String label, String version) {
        store.write(StoreLayout.label(id, label), (version + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Label name to version, sorted by name, {@code latest} not included. */
    Map<String, String> all(String id) {
        String prefix = StoreLayout.labelPrefix(id);
        Map<String, String> labels = new TreeMap<>();
        for (String name : store.list(prefix)) {
            String label = name.substring(prefix.length());
            get(id, label).ifPresent(version -> labels.put(label, version));
        }
        return labels;
    }
}
