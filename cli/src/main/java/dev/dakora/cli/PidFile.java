package dev.dakora.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** {@code .dakora/standalone.pid}: the process id of the detached standalone. */
final class PidFile {

    private final Path dir;

    PidFile(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    Path file() {
        return dir.resolve("standalone.pid");
    }

    void write(long pid) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(file(), pid + System.lineSeparator());
    }

    /** The recorded process, when the file names one that is still alive. */
    Optional<ProcessHandle> running() {
        return recorded().flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
    }

    Optional<Long> recorded() {
        if (!Files.isRegularFile(file())) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(Files.readString(file()).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    void delete() throws IOException {
        Files.deleteIfExists(file());
    }
}
