package dev.dakora.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What a command sees of the outside world: the environment, the working directory, standard input and the
 * console (absent when input is not a terminal). Tests give their own.
 */
record CliContext(Map<String, String> environment, Path workingDir, InputStream stdin, Optional<java.io.Console> console) {

    static CliContext system() {
        return new CliContext(System.getenv(), Path.of("").toAbsolutePath(), System.in,
                Optional.ofNullable(System.console()));
    }

    /** An environment variable, else the same name in the working directory's {@code .env}. */
    Optional<String> setting(String name) {
        String value = environment.get(name);
        if (value != null && !value.isBlank()) {
            return Optional.of(value);
        }
        return DotEnv.read(workingDir.resolve(".env")).get(name).filter(v -> !v.isBlank());
    }
}
