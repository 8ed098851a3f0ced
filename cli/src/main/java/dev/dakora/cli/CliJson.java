package dev.dakora.cli;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** The CLI's JSON: the SDK's answers in the server's snake_case field names, as trees the tables and {@code --json} read. */
final class CliJson {

    /** Record components only: helpers such as {@code Job.isFinal()} are not fields of the answer. */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .changeDefaultVisibility(visibility -> visibility.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
            .build();

    private CliJson() {
    }

    /** An SDK answer as the JSON tree the server sent it as (null fields kept, numbers read as the server wrote them). */
    static JsonNode tree(Object answer) {
        return MAPPER.readTree(MAPPER.writeValueAsString(answer));
    }
}
