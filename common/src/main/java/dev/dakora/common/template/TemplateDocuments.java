package dev.dakora.common.template;

import dev.dakora.common.value.PythonFormat;
import dev.dakora.common.value.Values;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between a {@link TemplateSpec} and the plain document (maps, lists, scalars) that YAML and
 * JSON parsers produce, in the reference's field names. Reading collects every problem, each with the
 * path of its field; unknown fields are ignored, as the reference ignores them.
 */
public final class TemplateDocuments {

    private TemplateDocuments() {
    }

    /**
     * @throws InvalidSpecException naming each field that is missing, of the wrong type or breaks a rule
     */
    public static TemplateSpec fromMap(Map<?, ?> document) {
        if (document == null) {
            throw new InvalidSpecException(List.of(new FieldError("(document)", "is empty")));
        }
        List<FieldError> errors = new ArrayList<>();
        String id = text(document, "id", errors);
        String version = text(document, "version", errors);
        String description = text(document, "description", errors);
        String template = text(document, "template", errors);
        Map<String, InputSpec> inputs = inputs(document.get("inputs"), errors);
        Map<String, Object> metadata = null;
        Object rawMetadata = document.get("metadata");
        if (rawMetadata instanceof Map<?, ?> map) {
            metadata = Values.normalizeMap(map);
        } else if (rawMetadata != null) {
            errors.add(new FieldError("metadata", "must be an object"));
        }
        try {
            TemplateSpec spec = new TemplateSpec(id, version, description, template, inputs, metadata);
            if (errors.isEmpty()) {
                return spec;
            }
        } catch (InvalidSpecException e) {
            e.errors().stream().filter(error -> errors.stream().noneMatch(seen -> seen.field().equals(error.field())))
                    .forEach(errors::add);
        }
        throw new InvalidSpecException(errors);
    }

    /** The document for {@code spec}, fields in the reference's order, absent values left out. */
    public static Map<String, Object> toMap(TemplateSpec spec) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", spec.id());
        document.put("version", spec.version());
        if (spec.description() != null) {
            document.put("description", spec.description());
        }
        document.put("template", spec.template());
        Map<String, Object> inputs = new LinkedHashMap<>();
        spec.inputs().forEach((name, input) -> inputs.put(name, inputToMap(input)));
        document.put("inputs", inputs);
        if (!spec.metadata().isEmpty()) {
            document.put("metadata", spec.metadata());
        }
        return document;
    }

    public static Map<String, Object> inputToMap(InputSpec input) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", input.type().wireName());
        out.put("required", input.required());
        if (input.defaultValue() != null) {
            out.put("default", input.defaultValue());
        }
        if (input.description() != null) {
            out.put("description", input.description());
        }
        return out;
    }

    private static Map<String, InputSpec> inputs(Object raw, List<FieldError> errors) {
        Map<String, InputSpec> inputs = new LinkedHashMap<>();
        if (raw == null) {
            return inputs;
        }
        if (!(raw instanceof Map<?, ?> map)) {
            errors.add(new FieldError("inputs", "must be an object of input name to input spec"));
            return inputs;
        }
        map.forEach((key, value) -> {
            String name = String.valueOf(key);
            String field = "inputs." + name;
            if (!(value instanceof Map<?, ?> fields)) {
                errors.add(new FieldError(field, "must be an object with at least a type"));
                return;
            }
            InputType type = InputType.STRING;
            Object rawType = fields.get("type");
            if (rawType != null) {
                type = InputType.fromWireName(String.valueOf(rawType)).orElse(null);
                if (type == null) {
                    errors.add(new FieldError(field + ".type", "unknown type '" + rawType + "'; known types: " + InputType.knownNames()));
                    return;
                }
            }
            boolean required = true;
            Object rawRequired = fields.get("required");
            if (rawRequired instanceof Boolean b) {
                required = b;
            } else if (rawRequired != null) {
                errors.add(new FieldError(field + ".required", "must be true or false"));
            }
            String description = text(fields, "description", errors, field + ".");
            inputs.put(name, new InputSpec(type, required, fields.get("default"), description));
        });
        return inputs;
    }

    private static String text(Map<?, ?> document, String key, List<FieldError> errors) {
        return text(document, key, errors, "");
    }

    private static String text(Map<?, ?> document, String key, List<FieldError> errors, String fieldPrefix) {
        Object value = document.get(key);
        return switch (value) {
            case null -> null;
            case String s -> s;
            case Number n -> PythonFormat.str(Values.normalize(n));
            default -> {
                errors.add(new FieldError(fieldPrefix + key, "must be a string"));
                yield null;
            }
        };
    }
}
