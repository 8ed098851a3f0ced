package dev.dakora.cli;

import dev.dakora.client.DakoraException;
import dev.dakora.client.Experiment;
import dev.dakora.client.ExperimentComparison;
import dev.dakora.client.JobTimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code dakora eval run [experiment.yaml | flags] [--fail-under R] [--baseline ID] [--junit FILE] [--json] [--no-wait]}:
 * submits an experiment, follows it with a progress bar, prints the summary and applies the gates.
 * Exit 0 passed, 1 gate failed (a column under --fail-under, a row regressed against --baseline, or the
 * experiment failed or was cancelled), 2 bad input or refused by the server (400, 413, 422, 429).
 */
@Command(name = "run", description = "Run an experiment (from a YAML/JSON experiment file or flags), wait for its scores and gate on them. "
        + "Exit 0 passed, 1 gate failed, 2 bad input or refused, 3 not found, 4 auth, 5 server error.")
final class EvalRunCommand extends ServerCommand {

    private static final Set<Integer> REFUSED = Set.of(400, 413, 422, 429);

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "An experiment file (.yaml, .yml or .json): name, template, "
            + "versions, models, samples, dataset {name, version}, pass_threshold, assertions.")
    Path file;

    @Mixin
    ExperimentFlags flags = new ExperimentFlags();

    @Option(names = "--fail-under", paramLabel = "RATE", description = "Exit 1 unless every column's pass rate reaches RATE (0 to 1).")
    Double failUnder;

    @Option(names = "--baseline", paramLabel = "EXPERIMENT_ID", description = "Exit 1 when any row regressed against this experiment.")
    String baseline;

    @Option(names = "--junit", paramLabel = "FILE", description = "Write the results as JUnit XML: a testsuite per column, a testcase per row and sample.")
    Path junit;

    @Option(names = "--no-wait", description = "Submit, print the experiment id and exit.")
    boolean noWait;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "3600", description = "Give up waiting after this many seconds (default ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    EvalRunCommand(CliContext context) {
        super(context);
    }

    @Override
    void run() {
        if (failUnder != null && !(failUnder >= 0 && failUnder <= 1)) {
            throw new CliException(ExitCodes.USAGE, "--fail-under must be a rate from 0 to 1, e.g. 0.9");
        }
        Experiment created = submit(flags.spec(file, context.workingDir()));
        if (noWait) {
            if (json()) {
                Output.json(out(), CliJson.tree(created));
            } else {
                out().println("Experiment " + created.experimentId() + " queued: " + created.totalCalls() + " calls. Follow it with: dakora eval show "
                        + created.experimentId());
            }
            return;
        }
        Experiment done = await(created);
        List<String> failures = new ArrayList<>();
        if (!"completed".equals(done.status())) {
            failures.add("the experiment is " + done.status());
        }
        if (failUnder != null) {
            failures.addAll(EvalSummary.under(done, failUnder));
        }
        ExperimentComparison comparison = baseline == null ? null : dakora().experiments().compare(done.experimentId(), baseline);
        if (comparison != null && comparison.regressed() > 0) {
            failures.add(comparison.regressed() + " row(s) regressed against " + baseline + ": rows " + comparison.rows().stream()
                    .filter(row -> row.change().equals("regressed")).map(row -> String.valueOf(row.row())).limit(20).toList());
        }
        if (junit != null) {
            JunitReport.write(context.workingDir().resolve(junit), done, dakora().experiments().allResults(done.experimentId()));
        }
        report(done, comparison, failures);
        if (!failures.isEmpty()) {
            throw new CliException(ExitCodes.OTHER, "Gate failed: " + String.join("; ", failures));
        }
    }

    private Experiment submit(Map<String, Object> spec) {
        try {
            return dakora().experiments().create(spec);
        } catch (DakoraException e) {
            if (REFUSED.contains(e.status())) {
                CliException failure = Failures.of(e, server.baseUrl(context), server.key(context).isPresent());
                throw new CliException(ExitCodes.USAGE, "The server refused the experiment. " + failure.getMessage());
            }
            throw e;
        }
    }

    private Experiment await(Experiment created) {
        try {
            Experiment done = dakora().experiments().await(created.experimentId(), Duration.ofSeconds(timeoutSeconds), progress -> {
                if (!json()) {
                    out().print(ProgressBar.line(progress.scoredCalls(), progress.totalCalls(), "calls scored", progress.status()));
                    out().flush();
                }
            });
            if (!json()) {
                out().println();
            }
            return done;
        } catch (JobTimeoutException e) {
            out().println();
            throw new CliException(ExitCodes.OTHER, "Experiment " + created.experimentId() + " is not done after " + timeoutSeconds
                    + " s; see it later with: dakora eval show " + created.experimentId());
        }
    }

    private void report(Experiment done, ExperimentComparison comparison, List<String> failures) {
        if (json()) {
            ObjectNode answer = CliJson.MAPPER.createObjectNode();
            answer.set("experiment", CliJson.tree(done));
            answer.set("comparison", comparison == null ? null : CliJson.tree(comparison));
            answer.put("passed", failures.isEmpty());
            answer.set("failures", CliJson.tree(failures));
            Output.json(out(), answer);
            return;
        }
        EvalSummary.print(out(), done);
        if (comparison != null) {
            out().printf("Against %s: %d regressed, %d improved, %d unchanged%n", baseline, comparison.regressed(),
                    comparison.improved(), comparison.unchanged());
        }
        if (junit != null) {
            out().println("JUnit report: " + junit);
        }
        out().println(failures.isEmpty() ? "PASSED" : "FAILED");
        out().flush();
    }
}
