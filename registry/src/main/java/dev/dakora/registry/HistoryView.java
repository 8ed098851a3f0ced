package dev.dakora.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A template's history and labels as the registry reports and moves them, {@code latest} included. */
final class HistoryView {

    private final VersionLog log;
    private final LabelStore labels;

    HistoryView(VersionLog log, LabelStore labels) {
        this.log = log;
        this.labels = labels;
    }

    /** Newest first, each version with the labels pointing at it. */
    List<VersionInfo> history(String id) {
        List<LogEntry> entries = log.entries(id);
        Map<String, String> labelled = labels(id, entries);
        List<VersionInfo> history = new ArrayList<>(entries.size());
        for (LogEntry entry : entries.reversed()) {
            List<String> names = labelled.entrySet().stream()
                    .filter(label -> label.getValue().equals(entry.version())).map(Map.Entry::getKey).toList();
            history.add(new VersionInfo(entry.version(), entry.createdAt(), entry.contentHash(), names));
        }
        return Collections.unmodifiableList(history);
    }

    /**
     * Points {@code label} at {@code version}; returns the version.
     *
     * @throws TemplateNotFoundException when the template or the version does not exist
     */
    String pointLabel(String id, String label, String version) {
        List<LogEntry> entries = log.entries(id);
        if (entries.stream().noneMatch(entry -> entry.version().equals(version))) {
            throw new TemplateNotFoundException(entries.isEmpty()
                    ? "no template '" + id + "'"
                    : "template '" + id + "' has no version '" + version + "'");
        }
        labels.set(id, label, version);
        return version;
    }

    /** Label name to version: {@code latest} first, then the set labels by name; empty for an unknown id. */
    Map<String, String> labels(String id) {
        return labels(id, log.entries(id));
    }

    private Map<String, String> labels(String id, List<LogEntry> entries) {
        if (entries.isEmpty()) {
            return Map.of();
        }
        Map<String, String> all = new LinkedHashMap<>();
        all.put(TemplateRegistry.LATEST, entries.getLast().version());
        all.putAll(labels.all(id));
        return Collections.unmodifiableMap(all);
    }
}
