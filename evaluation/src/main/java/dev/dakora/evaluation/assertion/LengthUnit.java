package dev.dakora.evaluation.assertion;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** What a length bound counts: Unicode code points, or words (runs of non-whitespace). */
public enum LengthUnit {
    CHARS, WORDS;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static LengthUnit read(SpecFields f) {
        String text = f.text("unit");
        if (text == null) {
            return CHARS;
        }
        return switch (text) {
            case "chars" -> CHARS;
            case "words" -> WORDS;
            default -> throw new SpecFieldException("unit", "must be chars or words");
        };
    }
}
