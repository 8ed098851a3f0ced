package dev.dakora.registry.local;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches the top level of a directory and reports the names of files added, changed or removed there.
 * Events that arrive close together are gathered first, so an editor's burst of writes is reported
 * once; when the system drops events, every file is reported through {@code rescan}.
 */
final class DirectoryWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DirectoryWatcher.class);
    private static final long QUIET_MILLIS = 50;

    private final WatchService service;
    private final Consumer<String> onFile;
    private final Runnable rescan;
    private final Thread thread;

    DirectoryWatcher(Path directory, Consumer<String> onFile, Runnable rescan) {
        this.onFile = onFile;
        this.rescan = rescan;
        try {
            this.service = directory.getFileSystem().newWatchService();
            directory.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + directory, e);
        }
        this.thread = Thread.ofPlatform().daemon().name("template-dir-watcher").start(this::run);
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            log.debug("closing the directory watcher failed", e);
        }
        thread.interrupt();
    }

    private void run() {
        try {
            while (true) {
                Set<String> changed = new LinkedHashSet<>();
                boolean overflow = collect(service.take(), changed);
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    overflow |= collect(more, changed);
                }
                report(changed, overflow);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            log.debug("directory watcher stopped");
        }
    }

    private static boolean collect(WatchKey key, Set<String> changed) {
        boolean overflow = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                overflow = true;
            } else if (event.context() instanceof Path file) {
                changed.add(file.toString());
            }
        }
        key.reset();
        return overflow;
    }

    private void report(Set<String> changed, boolean overflow) {
        try {
            if (overflow) {
                rescan.run();
            } else {
                changed.forEach(onFile);
            }
        } catch (RuntimeException e) {
            log.warn("Taking in changed template files failed", e);
        }
    }
}
