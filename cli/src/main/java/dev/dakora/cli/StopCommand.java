package dev.dakora.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** {@code dakora stop}: the detached standalone (by its pid file), or the Docker stack with --docker. */
@Command(name = "stop", mixinStandardHelpOptions = true,
        description = "Stop the standalone started with dakora start --detach, or the Docker stack with --docker.")
final class StopCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--docker", description = "Run docker compose -f docker/docker-compose.yml down instead.")
    boolean docker;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long to wait for a graceful stop before killing (default ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    private final CliContext context;

    StopCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (docker) {
            return Docker.compose(context, "down") == 0 ? ExitCodes.OK : ExitCodes.OTHER;
        }
        PrintWriter out = spec.commandLine().getOut();
        PidFile pidFile = new PidFile(DakoraHome.stateDir(context));
        Optional<ProcessHandle> process = pidFile.running();
        if (process.isEmpty()) {
            pidFile.delete();
            out.println("Dakora is not running in the background here (no live .dakora/standalone.pid).");
            out.flush();
            return ExitCodes.OK;
        }
        ProcessHandle handle = process.get();
        handle.destroy();
        try {
            handle.onExit().get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            handle.destroyForcibly();
            handle.onExit().get(10, TimeUnit.SECONDS);
        }
        pidFile.delete();
        out.println("Stopped Dakora (pid " + handle.pid() + ").");
        out.flush();
        return ExitCodes.OK;
    }
}
