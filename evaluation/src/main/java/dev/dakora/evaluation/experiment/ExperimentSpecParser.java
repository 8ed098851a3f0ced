package dev.dakora.evaluation.experiment;

import dev.dakora.common.template.FieldError;
import dev.dakora.common.template.TemplateSpec;
import dev.dakora.evaluation.assertion.AssertionParser;
import dev.dakora.evaluation.assertion.AssertionSpec;
import dev.dakora.evaluation.assertion.InvalidAssertionException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an experiment definition from the map a JSON or YAML parser gives:
 * <pre>
 * name: capitals-v2
 * template: capital-of
 * versions: [1.0.0, 1.1.0]
 * models: [gpt-4o-mini, claude-3-5-haiku]
 * samples: 3
 * dataset: {name: capitals, version: 2}
 * pass_threshold: 0.8
 * assertions:
 *   - {type: icontains, value: Paris}
 * </pre>
 * Every refused field is named in one {@link InvalidExperimentException}.
 */
public final class ExperimentSpecParser {

    public static final int MAX_VERSIONS = 10;
    public static final int MAX_MODELS = 20;
    public static final int MAX_SAMPLES = 20;
    private static final Set<String> FIELDS = Set.of("name", "template", "versions", "models", "samples", "dataset",
            "pass_threshold", "assertions");

    private ExperimentSpecParser() {
    }

    public static ExperimentSpec parse(Map<String, ?> map) {
        List<FieldError> errors = new ArrayList<>();
        map.keySet().stream().filter(key -> !FIELDS.contains(key)).sorted()
                .forEach(key -> errors.add(new FieldError(key, "is not a field of an experiment (its fields: " + String.join(", ", FIELDS.stream().sorted().toList()) + ")")));
        String name = safe(map.get("name"), "name", TemplateSpec::idProblem, errors);
        String template = safe(map.get("template"), "template", TemplateSpec::idProblem, errors);
        List<String> versions = names(map.get("versions"), "versions", MAX_VERSIONS, TemplateSpec::versionProblem, errors);
        List<String> models = names(map.get("models"), "models", MAX_MODELS, model -> Optional.empty(), errors);
        int samples = samples(map.get("samples"), errors);
        String dataset = null;
        String datasetVersion = null;
        if (!(map.get("dataset") instanceof Map<?, ?> ref)) {
            errors.add(new FieldError("dataset", "is required: {name: ..., version: ...}"));
        } else {
            dataset = safe(ref.get("name"), "dataset.name", TemplateSpec::idProblem, errors);
            Object version = ref.get("version") instanceof Number n ? n.toString() : ref.get("version");
            datasetVersion = safe(version, "dataset.version", TemplateSpec::versionProblem, errors);
        }
        Double threshold = null;
        Object rawThreshold = map.get("pass_threshold");
        if (rawThreshold instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= 1) {
            threshold = n.doubleValue();
        } else if (rawThreshold != null) {
            errors.add(new FieldError("pass_threshold", "must be a number from 0 to 1"));
        }
        List<AssertionSpec> assertions = List.of();
        if (map.get("assertions") != null && !(map.get("assertions") instanceof List<?>)) {
            errors.add(new FieldError("assertions", "must be a list of assertions"));
        } else {
            try {
                assertions = AssertionParser.parseAll((List<?>) map.get("assertions"), "assertions");
            } catch (InvalidAssertionException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidExperimentException(errors);
        }
        return new ExperimentSpec(name, template, versions, models, samples, dataset, datasetVersion, assertions, threshold);
    }

    private static String safe(Object value, String field, java.util.function.Function<String, Optional<String>> rule,
                               List<FieldError> errors) {
        if (value != null && !(value instanceof String)) {
            errors.add(new FieldError(field, "must be a string"));
            return null;
        }
        Optional<String> problem = rule.apply((String) value);
        problem.ifPresent(message -> errors.add(new FieldError(field, message)));
        return problem.isPresent() ? null : (String) value;
    }

    private static List<String> names(Object value, String field, int max,
                                      java.util.function.Function<String, Optional<String>> rule, List<FieldError> errors) {
        if (!(value instanceof List<?> items) || items.isEmpty() || items.size() > max) {
            errors.add(new FieldError(field, "must be a list of 1 to " + max + " names"));
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i) instanceof Number n ? n.toString() : items.get(i);
            String entry = field + "[" + i + "]";
            if (!(item instanceof String text) || text.isBlank()) {
                errors.add(new FieldError(entry, "must be a non-empty string"));
            } else if (!names.add(text)) {
                errors.add(new FieldError(entry, "'" + text + "' is listed twice"));
            } else {
                rule.apply(text).ifPresent(message -> errors.add(new FieldError(entry, message)));
            }
        }
        return List.copyOf(names);
    }

    private static int samples(Object value, List<FieldError> errors) {
        if (value == null) {
            return 1;
        }
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && n.intValue() >= 1
                && n.intValue() <= MAX_SAMPLES) {
            return n.intValue();
        }
        errors.add(new FieldError("samples", "must be a whole number from 1 to " + MAX_SAMPLES));
        return 1;
    }
}
