package dev.dakora.fault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The PostgreSQL server running on a data directory, found from its {@code postmaster.pid}: the embedded
 * server is started through {@code pg_ctl}, so it is no descendant of the JVM that started it.
 */
final class Postmaster {

    private Postmaster() {
    }

    /** The postmaster on {@code dataDir} and its backends, or nothing when no live server holds it. */
    static List<ProcessHandle> processes(Path dataDir) {
        Optional<ProcessHandle> postmaster = pid(dataDir.resolve("postmaster.pid")).flatMap(ProcessHandle::of)
                .filter(handle -> handle.info().commandLine().orElse("").contains(dataDir.toString()));
        List<ProcessHandle> all = new ArrayList<>();
        postmaster.ifPresent(handle -> {
            all.add(handle);
            all.addAll(handle.descendants().toList());
        });
        return all;
    }

    private static Optional<Long> pid(Path pidFile) {
        try {
            return Files.isRegularFile(pidFile)
                    ? Optional.of(Long.parseLong(Files.readAllLines(pidFile).getFirst().trim())) : Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
