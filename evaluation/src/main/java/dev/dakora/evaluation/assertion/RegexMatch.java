package dev.dakora.evaluation.assertion;

import com.google.re2j.Pattern;

import java.util.Map;

/**
 * The output holds a match of {@code value}, a regular expression in RE2 syntax. RE2 runs in time
 * linear in the output, so no pattern can hang a worker; back-references and look-around, which need
 * backtracking, and patterns whose counted repetitions expand past 20,000 steps are refused
 * when the spec is read.
 */
public record RegexMatch(String value, boolean ignoreCase, double weight) implements AssertionSpec {

    public static final String TYPE = "regex";
    public static final int MAX_PATTERN_LENGTH = 1000;

    public RegexMatch {
        compile(value, ignoreCase);
        Specs.weight(weight);
    }

    static RegexMatch read(SpecFields f) {
        return new RegexMatch(f.requiredText("value"), f.flag("ignore_case"), f.weight());
    }

    static Pattern compile(String value, boolean ignoreCase) {
        Specs.nonEmpty(value, "value");
        if (value.length() > MAX_PATTERN_LENGTH) {
            throw new SpecFieldException("value", "must be at most " + MAX_PATTERN_LENGTH + " characters");
        }
        try {
            return SafeRegex.compile(value, ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
        } catch (IllegalArgumentException e) {
            throw new SpecFieldException("value", e.getMessage());
        }
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
