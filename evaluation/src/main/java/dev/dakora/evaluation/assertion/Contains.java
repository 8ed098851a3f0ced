package dev.dakora.evaluation.assertion;

import java.util.List;
import java.util.Map;

/**
 * The output contains {@code values} (all of them or any one, as {@code match} says), optionally
 * ignoring case. Written {@code {type: contains, value: x}} for one value, or with {@code values} and
 * {@code match}; {@code icontains} ignores case; {@code contains-all}, {@code contains-any},
 * {@code icontains-all} and {@code icontains-any} name the match in the type.
 */
public record Contains(List<String> values, Match match, boolean ignoreCase, double weight) implements AssertionSpec {

    public static final String TYPE = "contains";
    public static final String TYPE_IGNORE_CASE = "icontains";

    public Contains {
        values = Texts.values(values);
        if (match == null) {
            match = Match.ALL;
        }
        Specs.weight(weight);
    }

    static Contains read(SpecFields f, boolean ignoreCase, Match impliedMatch) {
        List<String> values = Texts.readValues(f, impliedMatch != null);
        Match match = impliedMatch != null ? impliedMatch : f.has("match") ? Match.read(f) : Match.ALL;
        return new Contains(values, match, ignoreCase, f.weight());
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
            map.put("match", match.wireName());
        }
        return Specs.withWeight(map, weight);
    }
}
