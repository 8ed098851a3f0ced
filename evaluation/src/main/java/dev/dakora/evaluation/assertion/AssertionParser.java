package dev.dakora.evaluation.assertion;

import dev.dakora.common.template.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads assertion specs from the maps a JSON or YAML parser gives. Every spec in a list is read, and
 * every one that fails is named in one {@link InvalidAssertionException} by its position and field:
 * {@code assertions[1].threshold: must be a number from 0 to 1}.
 */
public final class AssertionParser {

    public static final int MAX_ASSERTIONS = 100;
    public static final String TYPES = "equals, contains, icontains, contains-all, contains-any, icontains-all,"
            + " icontains-any, not-contains, not-icontains, starts-with, regex, is-json, json-schema, json-path,"
            + " length, latency, cost, similar, llm-judge";

    private AssertionParser() {
    }

    /** Reads a list, naming errors {@code assertions[i].field}. */
    public static List<AssertionSpec> parseAll(List<?> items) {
        return parseAll(items, "assertions");
    }

    /** Reads a list, naming errors {@code <path>[i].field}. */
    public static List<AssertionSpec> parseAll(List<?> items, String path) {
        if (items == null) {
            return List.of();
        }
        if (items.size() > MAX_ASSERTIONS) {
            throw new InvalidAssertionException(List.of(new FieldError(path, "at most " + MAX_ASSERTIONS + " assertions")));
        }
        List<AssertionSpec> specs = new ArrayList<>(items.size());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String prefix = path + "[" + i + "]";
            try {
                specs.add(read(items.get(i)));
            } catch (SpecFieldException e) {
                errors.add(new FieldError(prefix + "." + e.field(), e.reason()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidAssertionException(errors);
        }
        return List.copyOf(specs);
    }

    /** Reads one spec, naming errors by field alone. */
    public static AssertionSpec parse(Map<String, ?> item) {
        try {
            return read(item);
        } catch (SpecFieldException e) {
            throw new InvalidAssertionException(List.of(new FieldError(e.field(), e.reason())));
        }
    }

    private static AssertionSpec read(Object item) {
        if (!(item instanceof Map<?, ?> map)) {
            throw new SpecFieldException("type", "an assertion must be an object with a type");
        }
        if (!(map.get("type") instanceof String type) || type.isBlank()) {
            throw new SpecFieldException("type", "is required (one of " + TYPES + ")");
        }
        SpecFields f = new SpecFields(map);
        AssertionSpec spec = switch (type) {
            case Equals.TYPE -> Equals.read(f);
            case Contains.TYPE -> Contains.read(f, false, null);
            case Contains.TYPE_IGNORE_CASE -> Contains.read(f, true, null);
            case "contains-all" -> Contains.read(f, false, Match.ALL);
            case "contains-any" -> Contains.read(f, false, Match.ANY);
            case "icontains-all" -> Contains.read(f, true, Match.ALL);
            case "icontains-any" -> Contains.read(f, true, Match.ANY);
            case NotContains.TYPE -> NotContains.read(f, false);
            case NotContains.TYPE_IGNORE_CASE -> NotContains.read(f, true);
            case StartsWith.TYPE -> StartsWith.read(f);
            case RegexMatch.TYPE -> RegexMatch.read(f);
            case IsJson.TYPE -> IsJson.read(f);
            case JsonSchemaMatch.TYPE -> JsonSchemaMatch.read(f);
            case JsonPathEquals.TYPE -> JsonPathEquals.read(f);
            case LengthBounds.TYPE -> LengthBounds.read(f);
            case LatencyBound.TYPE -> LatencyBound.read(f);
            case CostBound.TYPE -> CostBound.read(f);
            case Similar.TYPE -> Similar.read(f);
            case LlmJudge.TYPE -> LlmJudge.read(f);
            default -> throw new SpecFieldException("type", "'" + type + "' is not an assertion type (one of " + TYPES + ")");
        };
        f.finish(type);
        return spec;
    }
}
