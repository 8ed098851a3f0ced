package dev.dakora.llm.domain;

import dev.dakora.common.model.ModelName;
import java.util.Map;

/**
 * Resolves the limits of a model: built-in defaults, overridden by {@code default}, then by the
 * provider's section ({@code openai}), then by the model's ({@code openai/gpt-4o}, or the bare model
 * id {@code gpt-4o}).
 */
public final class LimitPolicy {

    private final LimitSettings defaults;
    private final Map<String, LimitSettings> providers;
    private final Map<String, LimitSettings> models;

    public LimitPolicy(LimitSettings defaults, Map<String, LimitSettings> providers, Map<String, LimitSettings> models) {
        this.defaults = LimitSettings.BUILT_IN.overriddenBy(defaults).validated("default");
        this.providers = providers == null ? Map.of() : Map.copyOf(providers);
        this.models = models == null ? Map.of() : Map.copyOf(models);
        this.providers.forEach((name, settings) -> this.defaults.overriddenBy(settings).validated("providers." + name));
        this.models.forEach((name, settings) -> this.defaults.overriddenBy(settings).validated("models." + name));
    }

    /** The model names that have a section of their own under {@code models}. */
    public java.util.Set<String> modelsWithOwnLimits() {
        return models.keySet();
    }

    public LimitSettings forModel(ModelName name) {
        LimitSettings model = models.getOrDefault(name.key(), models.get(name.model()));
        return defaults.overriddenBy(providers.get(name.provider())).overriddenBy(model);
    }
}
