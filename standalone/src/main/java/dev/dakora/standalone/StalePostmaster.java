package dev.dakora.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on the data directory by a previous process that was killed
 * (the server is a child process and survives its parent). It holds the port and the directory, so it is
 * stopped before a new server starts.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    private static final long STOP_WAIT_SECONDS = 30;

    private StalePostmaster() {
    }

    static void stopIfRunning(Path dataDir) throws IOException {
        Optional<ProcessHandle> postmaster = pid(dataDir.resolve("postmaster.pid")).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(StalePostmaster::isPostgres);
        if (postmaster.isEmpty()) {
            return;
        }
        log.warn("Stopping a PostgreSQL server (pid {}) left running on {}", postmaster.get().pid(), dataDir);
        postmaster.get().destroy();
        try {
            postmaster.get().onExit().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("A PostgreSQL server (pid " + postmaster.get().pid() + ") still runs on "
                    + dataDir + ": stop it and start again", e);
        }
    }

    private static Optional<Long> pid(Path pidFile) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        try {
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.getFirst().trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.endsWith("postgres")).orElse(false);
    }
}
