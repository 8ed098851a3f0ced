package dev.dakora.llm.provider;

/**
 * Where a provider is reached ({@code dakora.llm.providers.<name>}). For the built-in providers both
 * fields are optional overrides; a name that is not built in declares an OpenAI-compatible server
 * (vLLM, LM Studio, ...) and needs {@code base-url}.
 *
 * @param baseUrl   the API root, e.g. {@code http://localhost:8000/v1}
 * @param apiKeyEnv the environment variable holding the key; for an OpenAI-compatible server without
 *                  one, no key is sent
 */
public record ProviderSettings(String baseUrl, String apiKeyEnv) {
}
