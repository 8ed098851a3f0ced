package dev.dakora.registry;

import dev.dakora.common.template.TemplateSpec;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the registry keeps each object in a {@link BlobStore}. {@code {id}.yaml} at the top level is a
 * template's current version, so a directory of templates keeps the reference's layout; history and
 * labels live under the reserved {@value #RESERVED} prefix, which no template id can start with.
 */
final class StoreLayout {

    static final String RESERVED = ".dakora/";
    static final String EXTENSION = ".yaml";

    private StoreLayout() {
    }

    static String current(String id) {
        return id + EXTENSION;
    }

    static String version(String id, String version) {
        return RESERVED + id + "/versions/" + version + EXTENSION;
    }

    static String logPrefix(String id) {
        return RESERVED + id + "/log/";
    }

    static String logEntry(String id, long sequence) {
        return logPrefix(id) + String.format("%012d", sequence);
    }

    static String labelPrefix(String id) {
        return RESERVED + id + "/labels/";
    }

    static String label(String id, String label) {
        return labelPrefix(id) + label;
    }

    /** From the names of every object in a store: the ids with both a current file and a history, sorted. */
    static List<String> liveIds(List<String> names) {
        Set<String> logged = new HashSet<>();
        for (String name : names) {
            int logFolder = name.indexOf("/log/");
            if (name.startsWith(RESERVED) && logFolder > RESERVED.length()) {
                logged.add(name.substring(RESERVED.length(), logFolder));
            }
        }
        return names.stream().map(StoreLayout::idOf).flatMap(Optional::stream).filter(logged::contains).sorted().toList();
    }

    /** Whether {@code name} is a top-level YAML file, the only kind that can hold a current template. */
    static boolean isTopLevelYaml(String name) {
        return !name.contains("/") && name.endsWith(EXTENSION) && !name.startsWith(".");
    }

    /** The template id a top-level file name stands for, when it is a valid id. */
    static Optional<String> idOf(String name) {
        if (!isTopLevelYaml(name)) {
            return Optional.empty();
        }
        String id = name.substring(0, name.length() - EXTENSION.length());
        return TemplateSpec.idProblem(id).isEmpty() ? Optional.of(id) : Optional.empty();
    }
}
