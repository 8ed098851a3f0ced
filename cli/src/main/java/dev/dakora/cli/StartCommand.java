package dev.dakora.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dakora start}: the standalone in the foreground or detached, or the Docker Compose stack. */
@Command(name = "start", mixinStandardHelpOptions = true,
        description = "Start Dakora: the standalone (one JVM) in the foreground, detached with --detach, or the Docker stack with --docker.")
final class StartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-d", "--detach"}, description = "Run in the background; pid in .dakora/standalone.pid, log in .dakora/standalone.log.")
    boolean detach;

    @Option(names = "--docker", description = "Run docker compose -f docker/docker-compose.yml up -d instead.")
    boolean docker;

    @Parameters(paramLabel = "ARG", description = "Arguments for the standalone after --, e.g. -- --server.port=8080")
    List<String> arguments = new ArrayList<>();

    private final CliContext context;

    StartCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (docker) {
            int code = Docker.compose(context, "up", "-d");
            if (code != 0) {
                throw new CliException(ExitCodes.OTHER, "docker compose up exited with code " + code + ".");
            }
            return ExitCodes.OK;
        }
        List<String> command = new ArrayList<>(List.of(DakoraHome.launcherDir(context).resolve("dakora").toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(context.workingDir().toFile());
        if (!detach) {
            int code = builder.inheritIO().start().waitFor();
            if (code != 0) {
                throw new CliException(ExitCodes.OTHER, "The standalone exited with code " + code + "; its output above says why.");
            }
            return ExitCodes.OK;
        }
        PidFile pidFile = new PidFile(DakoraHome.stateDir(context));
        pidFile.running().ifPresent(pid -> {
            throw new CliException(ExitCodes.OTHER, "Dakora is already running (pid " + pid + "). Stop it with: dakora stop");
        });
        Path log = pidFile.dir().resolve("standalone.log");
        Files.createDirectories(pidFile.dir());
        Process process = builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(devNull())).start();
        pidFile.write(process.pid());
        spec.commandLine().getOut().printf("Dakora started in the background (pid %d). Log: %s%nStop it with: dakora stop%n",
                process.pid(), context.workingDir().relativize(log));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private static java.io.File devNull() throws IOException {
        Path nul = Path.of(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
        return nul.toFile();
    }
}
