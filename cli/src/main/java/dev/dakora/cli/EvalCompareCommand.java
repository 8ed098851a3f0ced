package dev.dakora.cli;

import dev.dakora.client.ExperimentComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Locale;

/** {@code dakora eval compare <id> --baseline <id>}: row by row against a baseline; exit 1 when a row regressed. */
@Command(name = "compare", description = "Compare an experiment with a baseline row by row (each one's first column unless "
        + "--version/--model). Exit 1 when any row regressed.")
final class EvalCompareCommand extends ServerCommand {

    @Parameters(paramLabel = "EXPERIMENT_ID", description = "The candidate experiment.")
    String id;

    @Option(names = "--baseline", required = true, paramLabel = "EXPERIMENT_ID", description = "The experiment to compare with.")
    String baseline;

    @Option(names = "--version", paramLabel = "VERSION", description = "The template version of the column to compare.")
    String version;

    @Option(names = "--model", paramLabel = "MODEL", description = "The model of the column to compare.")
    String model;

    EvalCompareCommand(CliContext context) {
        super(context);
    }

    @Override
    void run() {
        ExperimentComparison comparison = dakora().experiments().compare(id, baseline, version, model, null);
        if (json()) {
            Output.json(out(), CliJson.tree(comparison));
        } else {
            Output.table(out(), List.of("ROW", "CHANGE", "BASELINE PASS", "CANDIDATE PASS", "SCORE DELTA"),
                    comparison.rows().stream().filter(row -> !row.change().equals("unchanged")).map(row -> List.of(
                            String.valueOf(row.row()), row.change(),
                            row.baseline() == null ? "-" : EvalSummary.percent(row.baseline().passShare()),
                            row.candidate() == null ? "-" : EvalSummary.percent(row.candidate().passShare()),
                            row.scoreDelta() == null ? "-" : String.format(Locale.ROOT, "%+.3f", row.scoreDelta()))).toList());
            out().printf("%d regressed, %d improved, %d unchanged, %d only in the baseline, %d only in the candidate%n",
                    comparison.regressed(), comparison.improved(), comparison.unchanged(), comparison.onlyBaseline(),
                    comparison.onlyCandidate());
        }
        if (comparison.regressed() > 0) {
            out().flush();
            throw new CliException(ExitCodes.OTHER, comparison.regressed() + " row(s) regressed against " + baseline);
        }
    }
}
