package dev.dakora.evaluation.assertion;

import java.util.Map;

/** The output starts with {@code value}, optionally ignoring case. */
public record StartsWith(String value, boolean ignoreCase, double weight) implements AssertionSpec {

    public static final String TYPE = "starts-with";

    public StartsWith {
        Specs.nonEmpty(value, "value");
        Specs.weight(weight);
    }

    static StartsWith read(SpecFields f) {
        return new StartsWith(f.requiredText("value"), f.flag("ignore_case"), f.weight());
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = Specs.map(TYPE);
        map.put("value", value);
        if (ignoreCase) {
            map.put("ignore_case", true);
        }
        return Specs.withWeight(map, weight);
    }
}
