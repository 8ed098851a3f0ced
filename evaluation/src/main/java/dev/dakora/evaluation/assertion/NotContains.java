package dev.dakora.evaluation.assertion;

import java.util.List;
import java.util.Map;

/** The output contains none of {@code values}; {@code not-icontains} ignores case. */
public record NotContains(List<String> values, boolean ignoreCase, double weight) implements AssertionSpec {

    public static final String TYPE = "not-contains";
    public static final String TYPE_IGNORE_CASE = "not-icontains";

    public NotContains {
        values = Texts.values(values);
        Specs.weight(weight);
    }

    static NotContains read(SpecFields f, boolean ignoreCase) {
        return new NotContains(Texts.readValues(f, false), ignoreCase, f.weight());
    }

    @Override
    public String type() {
        return ignoreCase ? TYPE_IGNORE_CASE : TYPE;
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = Specs.map(type());
        if (values.size() == 1) {
            map.put("value", values.getFirst());
        } else {
            map.put("values", values);
        }
        return Specs.withWeight(map, weight);
    }
}
