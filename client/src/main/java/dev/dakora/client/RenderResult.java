package dev.dakora.client;

import java.util.Map;

/** The server's rendering of a template: the text and the inputs after coercion and defaults. */
public record RenderResult(String rendered, Map<String, Object> inputsUsed) {
}
