package dev.dakora.llm.domain;

import dev.dakora.common.model.ModelName;
import dev.dakora.common.model.Price;
import dev.dakora.common.model.PriceTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The models the worker knows of, for {@code GET /api/models}: every model in the price table, every
 * model with limits of its own, and {@code echo}, each with its provider, price (null when unpriced)
 * and resolved limits. Any other {@code provider/model} can still be called; it is just not listed.
 */
public final class ModelCatalog {

    /** One listed model. */
    public record Entry(String model, String provider, Price price, LimitSettings limits) {
    }

    private final ModelNames names;
    private final PriceTable prices;
    private final LimitPolicy limits;

    public ModelCatalog(ModelNames names, PriceTable prices, LimitPolicy limits) {
        this.names = names;
        this.prices = prices;
        this.limits = limits;
    }

    public List<Entry> entries() {
        Set<String> keys = new TreeSet<>(prices.entries().keySet());
        keys.add(ModelName.ECHO);
        keys.addAll(limits.modelsWithOwnLimits());
        List<Entry> entries = new ArrayList<>();
        for (String key : keys) {
            try {
                ModelName name = names.parse(key);
                entries.add(new Entry(name.key(), name.provider(), prices.find(name).orElse(null), limits.forModel(name)));
            } catch (ModelCallException notCallable) {
                // a limit configured for a name no provider serves: nothing to list
            }
        }
        return entries;
    }
}
