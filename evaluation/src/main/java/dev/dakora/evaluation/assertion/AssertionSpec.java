package dev.dakora.evaluation.assertion;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Map;

/**
 * One check of a model's output, as a user writes it in an experiment file:
 * {@code {type: contains, value: Paris, weight: 2}}. Its JSON form is that same map (written by
 * {@link #toMap()}, read by {@link AssertionParser}), so what a user wrote, what travels over Kafka and
 * HTTP, and what is stored are one format.
 */
public sealed interface AssertionSpec permits Equals, Contains, NotContains, StartsWith, RegexMatch, IsJson,
        JsonSchemaMatch, JsonPathEquals, LengthBounds, LatencyBound, CostBound, Similar, LlmJudge {

    /** The type as written, e.g. {@code icontains}. */
    String type();

    /** This assertion's share of the row's weighted score; 0 makes it informational. */
    double weight();

    /** The spec as a user would write it; parsing it gives an equal spec. */
    @JsonValue
    Map<String, Object> toMap();

    @JsonCreator
    static AssertionSpec fromMap(Map<String, Object> map) {
        return AssertionParser.parse(map);
    }
}
