package dev.dakora.common.template;

import dev.dakora.common.value.Values;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A prompt template as stored: an id, a version, Jinja2 text and its typed inputs. Constructing one
 * checks every structural rule at once and names each failing field; whether the text parses is
 * checked by the renderer ({@code TemplateRenderer#validate}).
 *
 * @param inputs   input name to spec, in declaration order
 * @param metadata free-form data (tags, owner, ...), kept as given
 */
public record TemplateSpec(String id, String version, String description, String template,
                           Map<String, InputSpec> inputs, Map<String, Object> metadata) {

    public static final String DEFAULT_VERSION = "1.0.0";
    public static final int MAX_ID_LENGTH = 128;
    public static final int MAX_VERSION_LENGTH = 64;

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern INPUT_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public TemplateSpec {
        List<FieldError> errors = new ArrayList<>();
        idProblem(id).ifPresent(message -> errors.add(new FieldError("id", message)));
        if (version == null) {
            version = DEFAULT_VERSION;
        }
        versionProblem(version).ifPresent(message -> errors.add(new FieldError("version", message)));
        if (template == null) {
            errors.add(new FieldError("template", "is required"));
        }
        Map<String, InputSpec> orderedInputs = new LinkedHashMap<>();
        if (inputs != null) {
            inputs.forEach((name, input) -> {
                String field = "inputs." + name;
                if (name == null || !INPUT_NAME.matcher(name).matches()) {
                    errors.add(new FieldError(field, "an input name must start with a letter or '_' and hold only letters, digits and '_'"));
                } else if (input == null) {
                    errors.add(new FieldError(field, "needs a spec with at least a type"));
                } else {
                    InputSpec.defaultProblem(input.type(), input.defaultValue())
                            .ifPresent(message -> errors.add(new FieldError(field + ".default", message)));
                    orderedInputs.put(name, input);
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new InvalidSpecException(errors);
        }
        inputs = Collections.unmodifiableMap(orderedInputs);
        metadata = metadata == null ? Map.of() : Values.normalizeMap(metadata);
    }

    /** Why {@code id} cannot name a template, or empty when it can. */
    public static java.util.Optional<String> idProblem(String id) {
        return safeNameProblem(id, MAX_ID_LENGTH);
    }

    /** Why {@code version} cannot name a version, or empty when it can. */
    public static java.util.Optional<String> versionProblem(String version) {
        return safeNameProblem(version, MAX_VERSION_LENGTH);
    }

    private static java.util.Optional<String> safeNameProblem(String name, int maxLength) {
        if (name == null || name.isBlank()) {
            return java.util.Optional.of("is required");
        }
        if (name.length() > maxLength) {
            return java.util.Optional.of("must be at most " + maxLength + " characters");
        }
        if (name.contains("..")) {
            return java.util.Optional.of("must not contain '..'");
        }
        if (!SAFE_NAME.matcher(name).matches()) {
            return java.util.Optional.of("must start with a letter or digit and hold only letters, digits, '.', '_' and '-'");
        }
        return java.util.Optional.empty();
    }

    /**
     * The values a render sees: declared inputs only, in declaration order, defaults applied and each
     * value coerced to its declared type as the reference does.
     *
     * @throws InvalidInputException naming every input that is missing or of the wrong type
     */
    public Map<String, Object> coerceInputs(Map<String, ?> given) {
        return InputCoercion.coerce(inputs, given == null ? Map.of() : given);
    }

    public TemplateSpec withVersion(String newVersion) {
        return new TemplateSpec(id, newVersion, description, template, inputs, metadata);
    }
}
