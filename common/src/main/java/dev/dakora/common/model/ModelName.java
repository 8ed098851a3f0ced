package dev.dakora.common.model;

/**
 * A model name as requested, resolved to its provider and the provider's own model id.
 *
 * @param requested the name as the job gave it ({@code gpt-4o-mini}, {@code openai/gpt-4o-mini})
 * @param provider  the provider id ({@code openai}, {@code anthropic}, {@code echo}, a configured name)
 * @param model     the model id the provider knows; for {@code azure} the deployment name
 */
public record ModelName(String requested, String provider, String model) {

    public static final String ECHO = "echo";

    /** {@code provider/model} (plain {@code echo} for echo): the key limits, circuit breakers and prices are looked up by. */
    public String key() {
        return isEcho() && ECHO.equals(model) ? ECHO : provider + "/" + model;
    }

    public boolean isEcho() {
        return ECHO.equals(provider);
    }
}
