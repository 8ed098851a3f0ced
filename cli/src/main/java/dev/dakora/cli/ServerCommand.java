package dev.dakora.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** A command that talks to a Dakora server. */
abstract class ServerCommand implements Callable<Integer> {

    @Mixin
    ServerOptions server;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    final CliContext context;

    ServerCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        run(server.client(context));
        out().flush();
        return ExitCodes.OK;
    }

    abstract void run(ApiClient api);

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    boolean json() {
        return server.json;
    }

    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
