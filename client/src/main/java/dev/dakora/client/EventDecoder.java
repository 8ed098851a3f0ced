package dev.dakora.client;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads one WebSocket text message into its typed {@link DakoraEvent}. */
final class EventDecoder {

    private EventDecoder() {
    }

    @SuppressWarnings("unchecked")
    static DakoraEvent decode(String text) {
        JsonNode node = Json.MAPPER.readTree(text);
        String type = node.path("type").asString("");
        return switch (type) {
            case "call.completed" -> Json.MAPPER.treeToValue(node, DakoraEvent.CallCompleted.class);
            case "job.completed" -> Json.MAPPER.treeToValue(node, DakoraEvent.JobCompleted.class);
            case "job.status" -> Json.MAPPER.treeToValue(node, DakoraEvent.JobStatus.class);
            case "batch.progress" -> Json.MAPPER.treeToValue(node, DakoraEvent.BatchProgress.class);
            default -> {
                Map<String, Object> fields = Json.MAPPER.convertValue(node, Map.class);
                if (node instanceof ObjectNode) {
                    fields.remove("type");
                }
                yield new DakoraEvent.Other(type, fields);
            }
        };
    }
}
