package dev.dakora.evaluation.assertion;

import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;

import java.util.Map;

/**
 * The output is JSON and the value at {@code path} (JSONPath, e.g. {@code $.answer.city}) equals
 * {@code value}; numbers compare by value ({@code 7} equals {@code 7.0}). The {@code =~} filter is
 * refused: it would run a backtracking regular expression; use a regex assertion instead.
 */
public record JsonPathEquals(String path, Object value, double weight) implements AssertionSpec {

    public static final String TYPE = "json-path";
    public static final int MAX_PATH_LENGTH = 1000;

    public JsonPathEquals {
        compile(path);
        value = dev.dakora.common.value.Values.normalize(value);
        Specs.weight(weight);
    }

    static JsonPathEquals read(SpecFields f) {
        if (!f.has("value")) {
            f.raw("path");
            throw new SpecFieldException("value", "is required (the JSON value expected at path)");
        }
        return new JsonPathEquals(f.requiredText("path"), f.raw("value"), f.weight());
    }

    static JsonPath compile(String path) {
        Specs.nonEmpty(path, "path");
        if (path.length() > MAX_PATH_LENGTH) {
            throw new SpecFieldException("path", "must be at most " + MAX_PATH_LENGTH + " characters");
        }
        if (path.contains("=~")) {
            throw new SpecFieldException("path", "must not use the =~ regex filter; use a regex assertion");
        }
        try {
            return JsonPath.compile(path);
        } catch (InvalidPathException | IllegalArgumentException e) {
            throw new SpecFieldException("path", "is not a valid JSONPath: " + e.getMessage());
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = Specs.map(TYPE);
        map.put("path", path);
        map.put("value", value);
        return Specs.withWeight(map, weight);
    }
}
