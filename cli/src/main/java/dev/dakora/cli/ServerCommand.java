package dev.dakora.cli;

import dev.dakora.client.Dakora;
import dev.dakora.client.DakoraException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** A command that talks to a Dakora server through the Java SDK, made on first use and closed when the command ends. */
abstract class ServerCommand implements Callable<Integer> {

    @Mixin
    ServerOptions server;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    final CliContext context;

    private Dakora dakora;

    ServerCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try {
            run();
        } catch (DakoraException e) {
            throw Failures.of(e, server.baseUrl(context), server.key(context).isPresent());
        } catch (JacksonException e) {
            throw new CliException(ExitCodes.SERVER, "The server answered something that is not the JSON expected: "
                    + e.getOriginalMessage());
        } finally {
            if (dakora != null) {
                dakora.close();
            }
        }
        out().flush();
        return ExitCodes.OK;
    }

    abstract void run();

    /** The SDK client of the server these options name. */
    Dakora dakora() {
        if (dakora == null) {
            dakora = server.client(context);
        }
        return dakora;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    boolean json() {
        return server.json;
    }
}
