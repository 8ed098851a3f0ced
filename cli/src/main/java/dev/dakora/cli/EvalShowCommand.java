package dev.dakora.cli;

import dev.dakora.client.Experiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dakora eval show <id>}: an experiment's status and summary table. */
@Command(name = "show", description = "An experiment's status and per-column summary (pass rate, scores, latency, cost).")
final class EvalShowCommand extends ServerCommand {

    @Parameters(paramLabel = "EXPERIMENT_ID", description = "The experiment id.")
    String id;

    EvalShowCommand(CliContext context) {
        super(context);
    }

    @Override
    void run() {
        Experiment experiment = dakora().experiments().get(id);
        if (json()) {
            Output.json(out(), CliJson.tree(experiment));
            return;
        }
        EvalSummary.print(out(), experiment);
    }
}
