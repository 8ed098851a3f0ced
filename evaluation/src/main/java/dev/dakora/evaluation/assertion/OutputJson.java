package dev.dakora.evaluation.assertion;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a model's output as JSON: exactly one value, nothing after it. */
final class OutputJson {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private OutputJson() {
    }

    /** The parsed value, or {@code null} when the text is not JSON; {@code problem} receives why. */
    static JsonNode parse(String text, StringBuilder problem) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            problem.append("the output is empty");
            return null;
        }
        try {
            return MAPPER.readTree(trimmed);
        } catch (JacksonException e) {
            problem.append("the output is not JSON: ").append(e.getOriginalMessage());
            return null;
        }
    }
}
