package dev.dakora.gateway.web;

import dev.dakora.common.event.CallParams;
import dev.dakora.common.template.FieldError;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the fields jobs, batches and comparisons share from a body's map (batch bodies, also made from
 * query parameters and form fields) or a record's values; anything unusable is an
 * {@link InvalidRequestException} (400).
 */
final class JobRequests {

    static final int MAX_MODELS = 50;
    private static final Set<String> CALL_PARAMS = Set.of("temperature", "max_tokens", "top_p");

    private JobRequests() {
    }

    /** {@code label} when {@code version} is absent; both at once are refused. */
    static String versionOrLabel(Map<String, Object> body) {
        String label = text(body, "label", false);
        if (label != null && body.get("version") != null) {
            throw InvalidRequestException.of("label", "cannot be combined with version");
        }
        return label;
    }

    static String text(Map<String, Object> body, String field, boolean required) {
        Object value = body.get(field);
        if (value == null && !required) {
            return null;
        }
        if (!(value instanceof String text) || text.isBlank()) {
            throw InvalidRequestException.of(field, required ? "is required (a non-empty string)" : "must be a non-empty string");
        }
        return text;
    }

    /** Distinct non-blank model names, at least one when {@code required}. */
    static List<String> models(Object value, boolean required) {
        if (value == null) {
            if (required) {
                throw InvalidRequestException.of("models", "is required: a list of at least one model name, e.g. [\"openai/gpt-4o-mini\"]");
            }
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.stream().anyMatch(m -> !(m instanceof String s) || s.isBlank())) {
            throw InvalidRequestException.of("models", "must be a list of model names (non-empty strings)");
        }
        if (required && list.isEmpty()) {
            throw InvalidRequestException.of("models", "needs at least one model name");
        }
        if (list.size() > MAX_MODELS) {
            throw InvalidRequestException.of("models", "may name at most " + MAX_MODELS + " models");
        }
        Set<Object> seen = new HashSet<>();
        for (Object model : list) {
            if (!seen.add(model)) {
                throw InvalidRequestException.of("models", "names '" + model + "' twice; each model is called once");
            }
        }
        return list.stream().map(String.class::cast).toList();
    }

    /**
     * {@code temperature}, {@code max_tokens} and {@code top_p} from {@code params} (or from
     * {@code topLevel}, the reference's compare body, which wins); other keys of {@code params} pass
     * through to the provider.
     */
    static CallParams params(Object params, Map<String, Object> topLevel) {
        if (params != null && !(params instanceof Map<?, ?>)) {
            throw InvalidRequestException.of("params", "must be an object");
        }
        Map<String, Object> all = new LinkedHashMap<>();
        if (params instanceof Map<?, ?> map) {
            map.forEach((key, value) -> all.put(String.valueOf(key), value));
        }
        topLevel.forEach((key, value) -> {
            if (CALL_PARAMS.contains(key) && value != null) {
                all.put(key, value);
            }
        });
        Map<String, Object> extra = new LinkedHashMap<>(all);
        CALL_PARAMS.forEach(extra::remove);
        try {
            return new CallParams(number(all, "temperature"), whole(all, "max_tokens"), number(all, "top_p"), extra);
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().split(" ")[0].toLowerCase(Locale.ROOT);
            throw new InvalidRequestException(e.getMessage(), List.of(new FieldError(field, e.getMessage())));
        }
    }

    private static Double number(Map<String, Object> params, String field) {
        Object value = params.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number number)) {
            throw InvalidRequestException.of(field, "must be a number");
        }
        return number.doubleValue();
    }

    private static Integer whole(Map<String, Object> params, String field) {
        Object value = params.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Integer || value instanceof Long) || ((Number) value).longValue() > Integer.MAX_VALUE) {
            throw InvalidRequestException.of(field, "must be a whole number");
        }
        return ((Number) value).intValue();
    }
}
