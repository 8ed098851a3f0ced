package dev.dakora.evaluation.assertion;

import java.util.Map;

/**
 * The output equals {@code value}, or the row's expected output when {@code value} is absent.
 *
 * @param value      {@code null} to compare with the row's expected output
 * @param ignoreCase compare without regard to case
 * @param trim       strip leading and trailing whitespace from both sides first
 */
public record Equals(String value, boolean ignoreCase, boolean trim, double weight) implements AssertionSpec {

    public static final String TYPE = "equals";

    public Equals {
        Specs.weight(weight);
    }

    static Equals read(SpecFields f) {
        return new Equals(f.text("value"), f.flag("ignore_case"), f.flag("trim"), f.weight());
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = Specs.map(TYPE);
        if (value != null) {
            map.put("value", value);
        }
        if (ignoreCase) {
            map.put("ignore_case", true);
        }
        if (trim) {
            map.put("trim", true);
        }
        return Specs.withWeight(map, weight);
    }
}
