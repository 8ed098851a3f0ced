package dev.dakora.registry;

import dev.dakora.common.template.TemplateSpec;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The versioning rules of a save, run while the template's lock is held: unchanged content makes no
 * version; a change that keeps the newest version string gets the next free patch version; any other
 * version string is used as given unless it already names a version.
 */
final class Saver {

    /** What a save did: its result, and whether anything changed (a version, or a restored template). */
    record Saved(SaveResult result, boolean changed) {
    }

    /*
     * Each pass claims the next patch version, not the same one again, with no wait between passes: a
     * bounded search over candidates, which a retry library with its waits between identical attempts
     * does not fit.
     */
    private static final int MAX_PATCH_ATTEMPTS = 1000;

    private final VersionLog log;
    private final CurrentFiles files;

    Saver(VersionLog log, CurrentFiles files) {
        this.log = log;
        this.files = files;
    }

    /**
     * @param fromFile true when {@code spec} was read from the template's own file, which is then left as
     *                 written unless the save gave it another version
     */
    Saved save(TemplateSpec spec, boolean fromFile) {
        String id = spec.id();
        List<LogEntry> entries = log.entries(id);
        if (!entries.isEmpty()) {
            String newestVersion = entries.getLast().version();
            TemplateSpec newest = log.read(id, newestVersion)
                    .orElseThrow(() -> new IllegalStateException("version '" + newestVersion + "' of '" + id + "' is logged but missing"));
            if (newest.equals(spec)) {
                // A spec read from its own file needs no restoring; writing it back could undo a
                // deletion made since the read by another registry on the same store.
                boolean restored = !fromFile && !files.exists(id);
                if (restored) {
                    files.write(newest);
                }
                return new Saved(new SaveResult(newest, false), restored);
            }
        }
        Set<String> logged = entries.stream().map(LogEntry::version).collect(Collectors.toSet());
        boolean keepsNewestVersion = !entries.isEmpty() && entries.getLast().version().equals(spec.version());
        TemplateSpec stored = keepsNewestVersion ? claimNextPatch(spec, logged) : claimGiven(spec, logged);
        log.append(stored);
        if (!fromFile || !stored.equals(spec)) {
            files.write(stored);
        }
        return new Saved(new SaveResult(stored, true), true);
    }

    private TemplateSpec claimGiven(TemplateSpec spec, Set<String> logged) {
        if (log.claim(spec) || isUnloggedCopy(spec, logged)) {
            return spec;
        }
        throw new VersionConflictException("version '" + spec.version() + "' of '" + spec.id()
                + "' already exists with other content; save with a new version, or point a label at '"
                + spec.version() + "' to go back to it");
    }

    private TemplateSpec claimNextPatch(TemplateSpec spec, Set<String> logged) {
        String candidate = spec.version();
        for (int attempt = 0; attempt < MAX_PATCH_ATTEMPTS; attempt++) {
            candidate = PatchVersions.next(candidate);
            if (logged.contains(candidate)) {
                continue;
            }
            TemplateSpec next = spec.withVersion(candidate);
            if (log.claim(next) || isUnloggedCopy(next, logged)) {
                return next;
            }
        }
        throw new IllegalStateException("no free patch version after '" + spec.version() + "' for '" + spec.id() + "'");
    }

    /** A version object left by a save that stopped before logging it, holding exactly this content. */
    private boolean isUnloggedCopy(TemplateSpec spec, Set<String> logged) {
        return !logged.contains(spec.version()) && log.read(spec.id(), spec.version()).filter(spec::equals).isPresent();
    }
}
