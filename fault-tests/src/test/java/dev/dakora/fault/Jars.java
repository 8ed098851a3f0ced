package dev.dakora.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the reactor left each role's runnable jar, and the repository the tests run in. */
final class Jars {

    private Jars() {
    }

    static Path root() {
        return Path.of(System.getProperty("dakora.root", "..")).toAbsolutePath().normalize();
    }

    static Path logDir() {
        return Path.of(System.getProperty("dakora.fault.logs", "target/fault-logs")).toAbsolutePath();
    }

    /** {@code <module>/target/<module>-<version>-exec.jar}: the Spring Boot jar, not the plain one. */
    static Path executable(String module) {
        Path target = root().resolve(module).resolve("target");
        try (Stream<Path> files = Files.list(target)) {
            List<Path> found = files.filter(file -> file.getFileName().toString().startsWith(module + "-"))
                    .filter(file -> file.getFileName().toString().endsWith("-exec.jar")).toList();
            if (found.size() != 1) {
                throw new IllegalStateException("expected one runnable jar in " + target + ", found " + found);
            }
            return found.getFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(target + " cannot be read: package " + module + " first", e);
        }
    }

    static Path standalone() {
        return root().resolve("standalone/target/dakora-standalone.jar");
    }
}
