package dev.dakora.cli;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Turns an error answer (RFC 9457 problem details, or anything else) into a message that says what to do. */
final class Problems {

    private Problems() {
    }

    static CliException toException(int status, String body, boolean keyGiven) {
        String detail = detail(body);
        String message = switch (status) {
            case 401 -> (detail.isEmpty() ? "Not authenticated" : detail)
                    + (keyGiven ? ". The API key was refused: check DAKORA_API_KEY or run ./dakora link <url>."
                    : ". This server needs an API key: set DAKORA_API_KEY, pass --api-key, or run ./dakora link <url>.");
            case 403 -> (detail.isEmpty() ? "Forbidden" : detail) + ". This needs a key allowed to do it (the admin key for keys commands).";
            default -> "Error " + status + (detail.isEmpty() ? "" : ": " + detail);
        };
        return new CliException(ExitCodes.forStatus(status), message);
    }

    private static String detail(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonNode node = ApiClient.JSON.readTree(body);
            StringBuilder text = new StringBuilder(node.path("detail").asString(node.path("title").asString("")));
            for (JsonNode error : node.path("errors")) {
                text.append(System.lineSeparator()).append("  - ").append(errorLine(error));
            }
            return text.toString();
        } catch (JacksonException e) {
            return body.strip();
        }
    }

    private static String errorLine(JsonNode error) {
        if (!error.isObject()) {
            return error.asString(error.toString());
        }
        String where = error.has("field") ? error.path("field").asString() + ": "
                : error.has("row_index") ? "row " + error.path("row_index").asString() + ": " : "";
        return where + error.path("message").asString(error.toString());
    }
}
