package dev.dakora.evaluation.assertion;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Whether every value of a list must be found, or one is enough. */
public enum Match {
    ALL, ANY;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Match read(SpecFields f) {
        String text = f.text("match");
        if (text == null) {
            return ALL;
        }
        return switch (text) {
            case "all" -> ALL;
            case "any" -> ANY;
            default -> throw new SpecFieldException("match", "must be all or any");
        };
    }
}
