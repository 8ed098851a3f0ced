package dev.dakora.gateway.domain;

import dev.dakora.common.model.ModelName;
import dev.dakora.common.model.Price;
import dev.dakora.common.model.PriceTable;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code GET /api/models}: every priced model of the shared price table, every model the worker's
 * configuration gives limits of its own, and {@code echo}; each with its provider, price per million
 * input and output tokens ({@code null} when unpriced) and resolved rate limits. Other
 * {@code provider/model} names can still be called; they are just not listed.
 */
public final class ModelListing {

    private final PriceTable prices;
    private final RateLimits defaults;
    private final Map<String, RateLimits> providers;
    private final Map<String, RateLimits> models;
    private final ProviderKeys keys;

    public ModelListing(PriceTable prices, RateLimits defaults, Map<String, RateLimits> providers, Map<String, RateLimits> models) {
        this(prices, defaults, providers, models, new ProviderKeys(false, name -> null));
    }

    /** As above, each model also saying whether its provider is usable ({@link ProviderKeys}). */
    public ModelListing(PriceTable prices, RateLimits defaults, Map<String, RateLimits> providers, Map<String, RateLimits> models,
                        ProviderKeys keys) {
        this.keys = keys;
        this.prices = prices;
        this.defaults = RateLimits.BUILT_IN.overriddenBy(defaults);
        this.providers = Map.copyOf(providers);
        this.models = Map.copyOf(models);
    }

    public ModelInfo.Listing list() {
        Set<String> keys = new TreeSet<>(prices.entries().keySet());
        keys.add(ModelName.ECHO);
        models.keySet().stream().filter(key -> key.contains("/")).forEach(keys::add);
        return new ModelInfo.Listing(keys.stream().map(this::entry).toList(), prices.asOf());
    }

    private ModelInfo entry(String key) {
        int slash = key.indexOf('/');
        String provider = slash < 0 ? key : key.substring(0, slash);
        String model = slash < 0 ? key : key.substring(slash + 1);
        Price price = prices.find(new ModelName(key, provider, model)).orElse(null);
        RateLimits limits = defaults.overriddenBy(providers.get(provider))
                .overriddenBy(models.getOrDefault(key, models.get(model)));
        return new ModelInfo(key, provider, price == null ? null : price.inputPerMillion(),
                price == null ? null : price.outputPerMillion(), ModelInfo.Limits.of(limits), keys.usable(provider));
    }
}
