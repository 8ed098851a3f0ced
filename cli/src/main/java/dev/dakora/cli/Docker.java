package dev.dakora.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code docker compose} on the compose file ({@code DAKORA_DOCKER} names another docker binary). */
final class Docker {

    private Docker() {
    }

    static int compose(CliContext context, String... arguments) {
        Path composeFile = DakoraHome.composeFile(context);
        List<String> command = new ArrayList<>(List.of(context.environment().getOrDefault("DAKORA_DOCKER", "docker"), "compose"));
        Path env = context.workingDir().resolve(".env");
        if (Files.isRegularFile(env)) {
            command.addAll(List.of("--env-file", env.toString()));
        }
        command.addAll(List.of("-f", composeFile.toString()));
        command.addAll(List.of(arguments));
        try {
            return new ProcessBuilder(command).directory(context.workingDir().toFile()).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new CliException(ExitCodes.OTHER, "Cannot run docker (" + e.getMessage()
                    + "). Install Docker with the compose plugin, or run Dakora without it: ./dakora");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(ExitCodes.OTHER, "Interrupted");
        }
    }
}
