package dev.dakora.gateway.estimate;

import dev.dakora.common.model.ModelName;

import java.util.Locale;

/**
 * Reads a model name as the LLM worker does ({@code provider/model}, {@code echo}, a bare name with a
 * known prefix). A name the worker could not route is kept with provider {@code unknown}: it has no
 * price, and its call would fail.
 */
final class EstimateModels {

    static final String UNKNOWN = "unknown";

    private EstimateModels() {
    }

    static ModelName resolve(String requested) {
        String name = requested.strip();
        if (name.equalsIgnoreCase(ModelName.ECHO)) {
            return new ModelName(requested, ModelName.ECHO, ModelName.ECHO);
        }
        int slash = name.indexOf('/');
        if (slash >= 0) {
            return new ModelName(requested, name.substring(0, slash).toLowerCase(Locale.ROOT), name.substring(slash + 1));
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("gpt-") || lower.startsWith("o1") || lower.startsWith("o3") || lower.startsWith("o4")) {
            return new ModelName(requested, "openai", name);
        }
        if (lower.startsWith("claude-")) {
            return new ModelName(requested, "anthropic", name);
        }
        if (lower.startsWith("gemini-")) {
            return new ModelName(requested, "gemini", name);
        }
        return new ModelName(requested, UNKNOWN, name);
    }
}
