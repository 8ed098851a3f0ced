package dev.dakora.llm.provider;

import dev.dakora.common.model.ModelName;
import dev.dakora.llm.lane.LaneRequest;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The input file of an OpenAI batch: one JSON line per request, {@code {custom_id, method: POST,
 * url: /v1/chat/completions, body}}, the body holding the model, the prompt as one user message and the
 * call's temperature, top_p and max tokens where set.
 */
final class OpenAiBatchFile {

    static final String ENDPOINT = "/v1/chat/completions";

    private OpenAiBatchFile() {
    }

    static String lines(ModelName model, List<LaneRequest> requests) {
        StringBuilder lines = new StringBuilder();
        for (LaneRequest request : requests) {
            ObjectNode line = BatchHttp.JSON.createObjectNode();
            line.put("custom_id", request.customId()).put("method", "POST").put("url", ENDPOINT);
            ObjectNode body = line.putObject("body").put("model", model.model());
            body.putArray("messages").addObject().put("role", "user").put("content", request.prompt());
            if (request.params().temperature() != null) {
                body.put("temperature", request.params().temperature());
            }
            if (request.params().topP() != null) {
                body.put("top_p", request.params().topP());
            }
            if (request.params().maxTokens() != null) {
                body.put("max_completion_tokens", request.params().maxTokens());
            }
            lines.append(BatchHttp.JSON.writeValueAsString(line)).append('\n');
        }
        return lines.toString();
    }
}
