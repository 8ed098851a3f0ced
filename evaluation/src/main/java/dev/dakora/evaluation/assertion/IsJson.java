package dev.dakora.evaluation.assertion;

import java.util.Map;

/** The whole output, less surrounding whitespace, is one JSON value. */
public record IsJson(double weight) implements AssertionSpec {

    public static final String TYPE = "is-json";

    public IsJson {
        Specs.weight(weight);
    }

    static IsJson read(SpecFields f) {
        return new IsJson(f.weight());
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, Object> toMap() {
        return Specs.withWeight(Specs.map(TYPE), weight);
    }
}
