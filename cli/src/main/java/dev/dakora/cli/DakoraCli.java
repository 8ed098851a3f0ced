package dev.dakora.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The {@code dakora} command line: platform commands and the HTTP API's template, batch, job and key commands. */
@Command(name = "dakora", mixinStandardHelpOptions = true,
        versionProvider = CliVersion.class,
        description = "Dakora: an open-source control plane for LLM prompts.",
        footer = {"", "./dakora with no arguments starts the whole platform in one JVM (as dakora start does).",
                "Server commands read --url, else DAKORA_URL, else .env (default " + ServerOptions.DEFAULT_URL + "),",
                "and --api-key, else DAKORA_API_KEY, else DAKORA_ADMIN_KEY (environment or .env).",
                "Exit codes: 0 ok, 1 other failure, 2 usage error, 3 not found, 4 auth (401/403), 5 server error or unreachable."},
        subcommands = {StartCommand.class, StopCommand.class, InitCommand.class, LinkCommand.class, VersionCommand.class,
                ListCommand.class, GetCommand.class, CreateCommand.class, RenderCommand.class, CompareCommand.class,
                DeleteCommand.class, VersionsCommand.class, LabelCommand.class, BatchCommand.class, JobsCommand.class,
                KeysCommand.class, DatasetsCommand.class, EvalCommand.class})
public final class DakoraCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(CliContext.system(), new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs one command line and answers its exit code (see {@link ExitCodes}). */
    static int run(CliContext context, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new DakoraCli(), new ContextFactory(context));
        commandLine.setOut(out).setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
            if (exception instanceof CliException failure) {
                line.getErr().println(failure.getMessage());
                line.getErr().flush();
                return failure.exitCode();
            }
            line.getErr().println("Unexpected error: " + exception);
            line.getErr().flush();
            return ExitCodes.OTHER;
        });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
