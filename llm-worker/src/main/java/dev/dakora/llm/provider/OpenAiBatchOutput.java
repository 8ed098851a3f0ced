package dev.dakora.llm.provider;

import dev.dakora.llm.lane.LaneOutcome;
import tools.jackson.databind.JsonNode;

import java.util.Map;

/**
 * The output and error files of an OpenAI batch: one JSON line per request, {@code {custom_id, response:
 * {status_code, body}, error}}. A line with an error object, or a response other than 200, is a failure
 * naming the provider's code or status and message; a 200 is the first choice's content with the usage.
 */
final class OpenAiBatchOutput {

    private OpenAiBatchOutput() {
    }

    /** Puts the outcome of every line of {@code content} into {@code outcomes} by its custom id; blank lines are skipped. */
    static void read(String content, Map<String, LaneOutcome> outcomes) {
        content.lines().filter(line -> !line.isBlank()).map(BatchHttp.JSON::readTree)
                .forEach(line -> outcomes.put(line.path("custom_id").asString(), outcome(line)));
    }

    static LaneOutcome outcome(JsonNode line) {
        JsonNode error = line.path("error");
        if (error.isObject()) {
            return LaneOutcome.failure(error.path("code").asString("error") + ": " + error.path("message").asString(""));
        }
        JsonNode response = line.path("response");
        int status = response.path("status_code").asInt(0);
        JsonNode body = response.path("body");
        if (status != 200) {
            return LaneOutcome.failure("HTTP " + status + ": " + body.path("error").path("message").asString("no message"));
        }
        JsonNode usage = body.path("usage");
        return LaneOutcome.answer(body.path("choices").path(0).path("message").path("content").asString(""),
                usage.path("prompt_tokens").asLong(0), usage.path("completion_tokens").asLong(0));
    }
}
