package dev.dakora.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where Dakora's sources are: {@code DAKORA_HOME} (set by the {@code ./dakora} launcher), else the working directory. */
final class DakoraHome {

    private DakoraHome() {
    }

    /** The directory holding the {@code dakora} launcher script. */
    static Path launcherDir(CliContext context) {
        Optional<Path> home = Optional.ofNullable(context.environment().get("DAKORA_HOME")).map(Path::of);
        Path dir = home.orElse(context.workingDir());
        if (!Files.isExecutable(dir.resolve("dakora"))) {
            throw new CliException(ExitCodes.OTHER, "Cannot find the dakora launcher in " + dir
                    + ". Run this from the Dakora checkout, or set DAKORA_HOME to it.");
        }
        return dir;
    }

    /** The compose file: the working directory's {@code docker/docker-compose.yml}, else the checkout's. */
    static Path composeFile(CliContext context) {
        Path local = context.workingDir().resolve("docker/docker-compose.yml");
        if (Files.isRegularFile(local)) {
            return local;
        }
        Optional<Path> home = Optional.ofNullable(context.environment().get("DAKORA_HOME"))
                .map(dir -> Path.of(dir, "docker", "docker-compose.yml")).filter(Files::isRegularFile);
        return home.orElseThrow(() -> new CliException(ExitCodes.OTHER,
                "No docker/docker-compose.yml here. Create one with: dakora init"));
    }

    static Path stateDir(CliContext context) {
        return context.workingDir().resolve(".dakora");
    }
}
