package dev.dakora.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The flags of {@code dakora eval run} that describe an experiment without a file. */
final class ExperimentFlags {

    @Option(names = "--name", paramLabel = "NAME", description = "The experiment's name (default: the template id).")
    String name;

    @Option(names = "--dataset", paramLabel = "NAME[@VERSION]", description = "The dataset (latest version unless @VERSION).")
    String dataset;

    @Option(names = "--template", paramLabel = "TEMPLATE_ID", description = "The template.")
    String template;

    @Option(names = "--version", paramLabel = "VERSION", description = "A template version to run (repeatable).")
    List<String> versions = new ArrayList<>();

    @Option(names = "--model", paramLabel = "MODEL", description = "A model to run (repeatable).")
    List<String> models = new ArrayList<>();

    @Option(names = "--samples", paramLabel = "N", description = "Calls per row, version and model (default 1).")
    Integer samples;

    @Option(names = "--assert", paramLabel = "MAP", description = "An assertion as a JSON or YAML map, e.g. '{type: icontains, value: Paris}' (repeatable).")
    List<String> assertions = new ArrayList<>();

    @Option(names = "--pass-threshold", paramLabel = "X", description = "A row passes when its weighted score reaches X (0 to 1); "
            + "without it every assertion must pass.")
    Double passThreshold;

    /** The experiment from {@code file} (resolved against {@code workingDir}) or from these flags; both is a usage error. */
    Map<String, Object> spec(Path file, Path workingDir) {
        boolean flags = dataset != null || template != null || !versions.isEmpty() || !models.isEmpty() || samples != null
                || !assertions.isEmpty() || passThreshold != null || name != null;
        if (file != null && flags) {
            throw new CliException(ExitCodes.USAGE, "Give an experiment file or the experiment flags (--dataset, --template, ...), not both");
        }
        return file != null ? EvalSpec.fromFile(workingDir.resolve(file))
                : EvalSpec.fromFlags(name, dataset, template, versions, models, samples, assertions, passThreshold);
    }
}
