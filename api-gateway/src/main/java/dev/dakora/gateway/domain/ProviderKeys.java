package dev.dakora.gateway.domain;

import dev.dakora.common.model.ModelName;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Whether the LLM worker can call a provider, as far as the gateway can tell. Keys live in the
 * worker's environment: when the worker runs in this process (the standalone), the gateway sees the
 * same environment and checks the variables the worker reads; when it runs elsewhere, the gateway
 * cannot see them and answers {@code null} (unknown), except for {@code echo}, which needs nothing.
 */
public final class ProviderKeys {

    /** For each built-in provider, the alternatives of variables that must all be set. */
    private static final Map<String, List<List<String>>> NEEDS = Map.of(
            "openai", List.of(List.of("OPENAI_API_KEY")),
            "anthropic", List.of(List.of("ANTHROPIC_API_KEY")),
            "gemini", List.of(List.of("GEMINI_API_KEY"), List.of("GOOGLE_API_KEY")),
            "azure", List.of(List.of("AZURE_OPENAI_API_KEY", "AZURE_OPENAI_ENDPOINT")),
            "ollama", List.of(List.of()));

    private final boolean sharedEnvironment;
    private final UnaryOperator<String> property;

    /**
     * @param sharedEnvironment whether the worker runs in this process, with this environment
     * @param property          this process's settings and environment variables, by name (null when unset)
     */
    public ProviderKeys(boolean sharedEnvironment, UnaryOperator<String> property) {
        this.sharedEnvironment = sharedEnvironment;
        this.property = property;
    }

    /** True when the provider can be called, false when a key or endpoint is missing, null when unknown here. */
    public Boolean usable(String provider) {
        if (ModelName.ECHO.equals(provider)) {
            return true;
        }
        if (!sharedEnvironment) {
            return null;
        }
        String settings = "dakora.llm.providers." + provider + ".";
        String keyVariable = property.apply(settings + "api-key-env");
        if (keyVariable != null) {
            return isSet(keyVariable);
        }
        if (NEEDS.containsKey(provider)) {
            return NEEDS.get(provider).stream().anyMatch(all -> all.stream().allMatch(this::isSet));
        }
        return isSet(settings + "base-url");
    }

    private boolean isSet(String name) {
        String value = property.apply(name);
        return value != null && !value.isBlank();
    }
}
