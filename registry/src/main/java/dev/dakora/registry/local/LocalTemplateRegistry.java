package dev.dakora.registry.local;

import dev.dakora.registry.VersionedTemplateRegistry;

import java.nio.file.Path;

/**
 * The versioned registry over a directory: one {@code {id}.yaml} per template, as in the reference, with
 * history and labels under {@code .dakora/}. Files added, edited or removed by hand (or by
 * {@code git pull}) are taken in as they change; a file that is not a valid template is reported in
 * {@link #problems()} and skipped.
 */
public final class LocalTemplateRegistry extends VersionedTemplateRegistry {

    public static final Path DEFAULT_DIRECTORY = Path.of("prompts");

    private final DirectoryWatcher watcher;

    /** The registry over {@code ./prompts}, created when missing, watched for changes. */
    public LocalTemplateRegistry() {
        this(DEFAULT_DIRECTORY, true);
    }

    /** The registry over {@code directory}, created when missing, watched for changes. */
    public LocalTemplateRegistry(Path directory) {
        this(directory, true);
    }

    /**
     * @param watch false to take in outside changes only when {@link #syncAll()} is called
     */
    public LocalTemplateRegistry(Path directory, boolean watch) {
        this(new LocalBlobStore(directory), watch);
    }

    private LocalTemplateRegistry(LocalBlobStore store, boolean watch) {
        super(store);
        this.watcher = watch ? new DirectoryWatcher(store.root(), this::syncFile, this::syncAll) : null;
        syncAll();
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
    }
}
