package dev.dakora.common.render;

import java.util.Map;

/**
 * A rendered prompt and the inputs it was rendered with, after coercion and defaults.
 */
public record RenderResult(String rendered, Map<String, Object> inputsUsed) {
}
