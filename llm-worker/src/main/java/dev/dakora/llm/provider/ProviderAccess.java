package dev.dakora.llm.provider;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The base URL and API key of each provider, from configuration and the environment: OPENAI_API_KEY,
 * ANTHROPIC_API_KEY, GEMINI_API_KEY (or GOOGLE_API_KEY), AZURE_OPENAI_API_KEY with AZURE_OPENAI_ENDPOINT,
 * OLLAMA_BASE_URL. Keys are handed to the clients only; they never appear in a message.
 */
public final class ProviderAccess {

    private static final Map<String, List<String>> KEY_VARIABLES = Map.of(
            "openai", List.of("OPENAI_API_KEY"),
            "anthropic", List.of("ANTHROPIC_API_KEY"),
            "gemini", List.of("GEMINI_API_KEY", "GOOGLE_API_KEY"),
            "azure", List.of("AZURE_OPENAI_API_KEY"));

    private final Map<String, ProviderSettings> configured;
    private final Function<String, String> environment;

    public ProviderAccess(Map<String, ProviderSettings> configured, Function<String, String> environment) {
        this.configured = configured == null ? Map.of() : Map.copyOf(configured);
        this.environment = environment;
    }

    /** The OpenAI-compatible providers declared in configuration (names that are not built in). */
    public boolean isOpenAiCompatible(String provider) {
        return !KEY_VARIABLES.containsKey(provider) && !"ollama".equals(provider) && configured.containsKey(provider);
    }

    public Optional<String> problem(String provider) {
        if ("azure".equals(provider) && baseUrl(provider) == null) {
            return Optional.of("no endpoint for provider azure: set AZURE_OPENAI_ENDPOINT");
        }
        if (isOpenAiCompatible(provider)) {
            if (baseUrl(provider) == null) {
                return Optional.of("provider " + provider + " has no base URL: set dakora.llm.providers." + provider + ".base-url");
            }
            String variable = configured.get(provider).apiKeyEnv();
            return variable != null && apiKey(provider) == null
                    ? Optional.of("no API key for provider " + provider + ": set " + variable) : Optional.empty();
        }
        List<String> variables = KEY_VARIABLES.get(provider);
        if (variables != null && apiKey(provider) == null) {
            return Optional.of("no API key for provider " + provider + ": set " + String.join(" or ", variables));
        }
        return Optional.empty();
    }

    /** The key, or {@code null} when none is set. */
    String apiKey(String provider) {
        ProviderSettings settings = configured.get(provider);
        List<String> variables = settings != null && settings.apiKeyEnv() != null
                ? List.of(settings.apiKeyEnv()) : KEY_VARIABLES.getOrDefault(provider, List.of());
        return variables.stream().map(environment).filter(ProviderAccess::present).findFirst().orElse(null);
    }

    /** The configured base URL, else the environment's for ollama and azure, else {@code null} (the client's default). */
    String baseUrl(String provider) {
        ProviderSettings settings = configured.get(provider);
        if (settings != null && present(settings.baseUrl())) {
            return settings.baseUrl();
        }
        return switch (provider) {
            case "ollama" -> Optional.ofNullable(environment.apply("OLLAMA_BASE_URL")).filter(ProviderAccess::present)
                    .orElse("http://localhost:11434");
            case "azure" -> Optional.ofNullable(environment.apply("AZURE_OPENAI_ENDPOINT")).filter(ProviderAccess::present)
                    .orElse(null);
            default -> null;
        };
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
