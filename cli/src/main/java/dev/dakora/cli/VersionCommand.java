package dev.dakora.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dakora version}. */
@Command(name = "version", mixinStandardHelpOptions = true, description = "Print the CLI version.")
final class VersionCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().getOut().println("dakora " + CliVersion.version() + " (Java " + Runtime.version() + ")");
        spec.commandLine().getOut().flush();
    }
}
