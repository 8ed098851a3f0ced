package dev.dakora.evaluation.assertion;

import java.util.Map;

/**
 * The output's length, in characters (code points) or words, lies within {@code min} and {@code max}
 * (both inclusive; at least one of them given).
 */
public record LengthBounds(Long min, Long max, LengthUnit unit, double weight) implements AssertionSpec {

    public static final String TYPE = "length";

    public LengthBounds {
        if (min == null && max == null) {
            throw new SpecFieldException("min", "give min, max or both");
        }
        if (min != null && min < 0) {
            throw new SpecFieldException("min", "must not be negative");
        }
        if (max != null && max < 0) {
            throw new SpecFieldException("max", "must not be negative");
        }
        if (min != null && max != null && min > max) {
            throw new SpecFieldException("max", "must not be less than min");
        }
        if (unit == null) {
            unit = LengthUnit.CHARS;
        }
        Specs.weight(weight);
    }

    static LengthBounds read(SpecFields f) {
        return new LengthBounds(f.whole("min"), f.whole("max"), LengthUnit.read(f), f.weight());
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = Specs.map(TYPE);
        if (min != null) {
            map.put("min", min);
        }
        if (max != null) {
            map.put("max", max);
        }
        map.put("unit", unit.wireName());
        return Specs.withWeight(map, weight);
    }
}
