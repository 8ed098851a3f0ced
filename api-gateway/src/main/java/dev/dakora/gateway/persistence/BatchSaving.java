package dev.dakora.gateway.persistence;

import dev.dakora.common.model.ModelName;
import dev.dakora.common.model.Price;
import dev.dakora.common.model.PriceTable;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What a batch's lane saved: {@code listPriceUsd}, its logged priced calls at the price table's list prices (what
 * they would have cost online; a cached answer cost nothing either way and counts at its cost), and
 * {@code savingUsd}, that less what the calls cost. Both null when there is nothing to compare: no priced call
 * logged, or a call whose model the table has no price for (a partial list price would understate the saving).
 */
public record BatchSaving(BigDecimal listPriceUsd, BigDecimal savingUsd) {

    public static final BatchSaving NONE = new BatchSaving(null, null);

    /**
     * The priced calls of one batch to one model, summed.
     *
     * @param model    the model as the call requested it ({@code gpt-4o-mini}, {@code openai/gpt-4o-mini})
     * @param provider the provider the LLM worker resolved it to
     */
    record Calls(String model, String provider, boolean cached, long tokensIn, long tokensOut, BigDecimal costUsd) {

        /** The name the price table is keyed by: the provider and the model id after a {@code provider/} prefix. */
        ModelName name() {
            String requested = model.strip();
            int slash = requested.indexOf('/');
            return new ModelName(model, provider, slash >= 0 ? requested.substring(slash + 1) : requested);
        }
    }

    static BatchSaving of(List<Calls> calls, PriceTable prices) {
        if (calls.isEmpty()) {
            return NONE;
        }
        BigDecimal list = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        for (Calls group : calls) {
            cost = cost.add(group.costUsd());
            if (group.cached() || group.tokensIn() == 0 && group.tokensOut() == 0) {
                list = list.add(group.costUsd());
                continue;
            }
            Optional<Price> price = group.provider() == null ? Optional.empty() : prices.find(group.name());
            if (price.isEmpty()) {
                return NONE;
            }
            list = list.add(price.get().cost(group.tokensIn(), group.tokensOut()));
        }
        return new BatchSaving(list, list.subtract(cost));
    }
}
