package dev.dakora.llm.domain;

import dev.dakora.common.model.ModelName;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Resolves model names: {@code provider/model}, a bare name whose provider is plain from its prefix
 * ({@code gpt-}, {@code o1}, {@code o3}, {@code o4} → openai; {@code claude-} → anthropic;
 * {@code gemini-} → gemini), the built-in {@code echo} and {@code echo/<anything>}, and
 * {@code <name>/model} for each configured OpenAI-compatible provider.
 */
public final class ModelNames {

    public static final List<String> BUILT_IN = List.of("openai", "anthropic", "gemini", "ollama", "azure", ModelName.ECHO);

    private final Set<String> providers;

    public ModelNames(Set<String> configuredProviders) {
        Set<String> all = new LinkedHashSet<>(BUILT_IN);
        configuredProviders.forEach(name -> all.add(name.toLowerCase(Locale.ROOT)));
        this.providers = Set.copyOf(all);
    }

    public Set<String> providers() {
        return providers;
    }

    /** @throws ModelCallException of kind {@link FailureKind#CONFIGURATION} for a name no provider serves */
    public ModelName parse(String requested) {
        String name = requested == null ? "" : requested.strip();
        if (name.isEmpty()) {
            throw unknown("a model name is required");
        }
        if (name.equalsIgnoreCase(ModelName.ECHO)) {
            return new ModelName(requested, ModelName.ECHO, ModelName.ECHO);
        }
        int slash = name.indexOf('/');
        if (slash >= 0) {
            String provider = name.substring(0, slash).toLowerCase(Locale.ROOT);
            String model = name.substring(slash + 1);
            if (!providers.contains(provider)) {
                throw unknown("unknown provider '" + provider + "' in model '" + name + "': use one of "
                        + String.join(", ", providers.stream().sorted().toList()));
            }
            if (model.isBlank()) {
                throw unknown("model '" + name + "' names no model after the provider");
            }
            return new ModelName(requested, provider, model);
        }
        return new ModelName(requested, providerOfBareName(name), name);
    }

    private static String providerOfBareName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("gpt-") || lower.startsWith("o1") || lower.startsWith("o3") || lower.startsWith("o4")) {
            return "openai";
        }
        if (lower.startsWith("claude-")) {
            return "anthropic";
        }
        if (lower.startsWith("gemini-")) {
            return "gemini";
        }
        throw unknown("cannot tell the provider of model '" + name + "': write it as provider/model, e.g. openai/" + name);
    }

    private static ModelCallException unknown(String message) {
        return new ModelCallException(FailureKind.CONFIGURATION, message);
    }
}
