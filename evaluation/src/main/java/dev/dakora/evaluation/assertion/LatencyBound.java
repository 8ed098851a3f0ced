package dev.dakora.evaluation.assertion;

import java.util.Map;

/** The call's measured latency is at most {@code maxMs} milliseconds. */
public record LatencyBound(long maxMs, double weight) implements AssertionSpec {

    public static final String TYPE = "latency";

    public LatencyBound {
        if (maxMs < 0) {
            throw new SpecFieldException("max_ms", "must not be negative");
        }
        Specs.weight(weight);
    }

    static LatencyBound read(SpecFields f) {
        Long max = f.whole("max_ms");
        if (max == null) {
            throw new SpecFieldException("max_ms", "is required (milliseconds, a whole number)");
        }
        return new LatencyBound(max, f.weight());
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, Object> toMap() {
        Map<String, Object> map = Specs.map(TYPE);
        map.put("max_ms", maxMs);
        return Specs.withWeight(map, weight);
    }
}
