package dev.dakora.registry;

import dev.dakora.common.template.InvalidSpecException;
import dev.dakora.common.template.TemplateSpec;
import dev.dakora.common.template.TemplateYaml;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The history of each template in a {@link BlobStore}: immutable version objects, each claimed with
 * {@link BlobStore#writeIfAbsent}, and an append-only log of numbered entries, also written with
 * {@code writeIfAbsent}. Both hold even when several processes write the same store: a version string
 * or a log slot is taken by exactly one writer.
 */
final class VersionLog {

    /*
     * Each pass tries the next free sequence number, not the same write again, and needs no wait (a
     * conditional write lost to a concurrent writer): a bounded search, which a retry library with its
     * waits between identical attempts does not fit.
     */
    private static final int MAX_APPEND_ATTEMPTS = 1000;

    private final BlobStore store;
    private final Clock clock;
    private final Map<String, TemplateSpec> cache = VersionCache.create();

    VersionLog(BlobStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The entries of {@code id}, oldest first; a version logged twice counts once, at its first entry. */
    List<LogEntry> entries(String id) {
        List<LogEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : store.list(StoreLayout.logPrefix(id))) {
            store.read(name).flatMap(LogEntry::parse)
                    .filter(entry -> seen.add(entry.version()))
                    .ifPresent(entries::add);
        }
        return entries;
    }

    /** The last entry of {@code id}, read without reading the rest of the log. */
    Optional<LogEntry> newest(String id) {
        List<String> names = store.list(StoreLayout.logPrefix(id));
        for (String name : names.reversed()) {
            Optional<LogEntry> entry = store.read(name).flatMap(LogEntry::parse);
            if (entry.isPresent()) {
                return entry;
            }
        }
        return Optional.empty();
    }

    Optional<TemplateSpec> read(String id, String version) {
        if (TemplateSpec.versionProblem(version).isPresent()) {
            return Optional.empty();
        }
        String key = id + "@" + version;
        TemplateSpec cached = cache.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<TemplateSpec> spec = store.read(StoreLayout.version(id, version)).map(VersionLog::parse);
        spec.ifPresent(found -> cache.put(key, found));
        return spec;
    }

    /** Stores {@code spec} as its version; false when that version string is already taken. */
    boolean claim(TemplateSpec spec) {
        return store.writeIfAbsent(StoreLayout.version(spec.id(), spec.version()), canonical(spec));
    }

    /** Adds {@code spec}'s version to the end of the log. */
    LogEntry append(TemplateSpec spec) {
        LogEntry entry = new LogEntry(spec.version(), clock.instant(), ContentHash.sha256(canonical(spec)));
        for (int attempt = 0; attempt < MAX_APPEND_ATTEMPTS; attempt++) {
            List<String> names = store.list(StoreLayout.logPrefix(spec.id()));
            long next = names.isEmpty() ? 1 : sequenceOf(names.getLast()) + 1;
            if (store.writeIfAbsent(StoreLayout.logEntry(spec.id(), next), entry.toBytes())) {
                return entry;
            }
        }
        throw new IllegalStateException("could not append to the history of '" + spec.id() + "': too many concurrent writers");
    }

    static byte[] canonical(TemplateSpec spec) {
        return TemplateYaml.dump(spec).getBytes(StandardCharsets.UTF_8);
    }

    private static long sequenceOf(String name) {
        String last = name.substring(name.lastIndexOf('/') + 1);
        try {
            return Long.parseLong(last);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("unexpected object in a template history: " + name, e);
        }
    }

    private static TemplateSpec parse(byte[] bytes) {
        try {
            return TemplateYaml.load(new String(bytes, StandardCharsets.UTF_8));
        } catch (InvalidSpecException e) {
            throw new IllegalStateException("a stored version is damaged: " + e.getMessage(), e);
        }
    }
}
