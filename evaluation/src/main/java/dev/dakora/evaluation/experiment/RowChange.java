package dev.dakora.evaluation.experiment;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How a dataset row fared in a candidate experiment against a baseline. */
public enum RowChange {
    REGRESSED, IMPROVED, UNCHANGED, ONLY_BASELINE, ONLY_CANDIDATE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
