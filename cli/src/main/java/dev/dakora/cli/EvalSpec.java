package dev.dakora.cli;

import dev.dakora.client.ExperimentFiles;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The experiment {@code dakora eval run} submits: read from an experiment file, or built from flags
 * ({@code --dataset N[@V] --template T --version V... --model M... [--samples N] [--assert MAP...]
 * [--pass-threshold X] [--name N]}). The server checks every field; this only builds the map.
 */
final class EvalSpec {

    private EvalSpec() {
    }

    static Map<String, Object> fromFile(Path file) {
        try {
            return ExperimentFiles.read(file);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage());
        }
    }

    static Map<String, Object> fromFlags(String name, String dataset, String template, List<String> versions, List<String> models,
                                         Integer samples, List<String> assertions, Double passThreshold) {
        List<String> missing = new ArrayList<>();
        if (dataset == null) {
            missing.add("--dataset");
        }
        if (template == null) {
            missing.add("--template");
        }
        if (versions.isEmpty()) {
            missing.add("--version");
        }
        if (models.isEmpty()) {
            missing.add("--model");
        }
        if (!missing.isEmpty()) {
            throw new CliException(ExitCodes.USAGE, "Give an experiment file, or " + String.join(", ", missing)
                    + " (see dakora eval run --help)");
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("name", name != null ? name : template);
        spec.put("template", template);
        spec.put("versions", versions);
        spec.put("models", models);
        if (samples != null) {
            spec.put("samples", samples);
        }
        int at = dataset.lastIndexOf('@');
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("name", at < 0 ? dataset : dataset.substring(0, at));
        if (at >= 0) {
            ref.put("version", dataset.substring(at + 1));
        }
        spec.put("dataset", ref);
        if (passThreshold != null) {
            spec.put("pass_threshold", passThreshold);
        }
        spec.put("assertions", assertions.stream().map(EvalSpec::assertion).toList());
        return spec;
    }

    /** One {@code --assert} value: a JSON or YAML map such as {@code '{type: icontains, value: Paris}'}. */
    static Map<String, Object> assertion(String text) {
        Object value;
        try {
            value = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (YAMLException e) {
            throw new CliException(ExitCodes.USAGE, "--assert '" + text + "' is not JSON or YAML: " + e.getMessage());
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new CliException(ExitCodes.USAGE, "--assert '" + text + "' must be a map such as '{type: icontains, value: Paris}'");
        }
        Map<String, Object> assertion = new LinkedHashMap<>();
        map.forEach((key, item) -> assertion.put(String.valueOf(key), item));
        return assertion;
    }
}
