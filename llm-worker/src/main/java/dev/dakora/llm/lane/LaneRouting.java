package dev.dakora.llm.lane;

import dev.dakora.common.event.CallLane;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.model.ModelName;
import dev.dakora.llm.domain.ModelCallException;
import dev.dakora.llm.domain.ModelNames;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which calls take the batch lane: calls of a batch ({@code batch_id} set) whose parameters say
 * {@code lane: batch}, to a provider with a batch API that is usable (its key set). Every other call,
 * including a batch-lane call to echo, Gemini or a local server, goes online as before.
 */
public final class LaneRouting {

    private final ModelNames names;
    private final Map<String, ProviderBatches> providers;
    private final Function<String, Optional<String>> problem;

    /** @param problem why a provider cannot be used now (a missing key), empty when it can */
    public LaneRouting(ModelNames names, Map<String, ProviderBatches> providers,
                       Function<String, Optional<String>> problem) {
        this.names = names;
        this.providers = Map.copyOf(providers);
        this.problem = problem;
    }

    static LaneRouting none() {
        return new LaneRouting(new ModelNames(java.util.Set.of()), Map.of(), provider -> Optional.empty());
    }

    /** The model of a call that takes the batch lane; empty for a call that goes online. */
    Optional<ModelName> route(ModelCallRequested call) {
        if (call.batchId() == null || !CallLane.batch(call.params())) {
            return Optional.empty();
        }
        return model(call).filter(name -> providers.containsKey(name.provider()) && problem.apply(name.provider()).isEmpty());
    }

    /** The call's model name, whichever lane it takes; empty when no provider serves it. */
    Optional<ModelName> model(ModelCallRequested call) {
        try {
            return Optional.of(names.parse(call.model()));
        } catch (ModelCallException e) {
            return Optional.empty();
        }
    }

    ProviderBatches provider(ModelName name) {
        return providers.get(name.provider());
    }
}
