package dev.dakora.gateway.budget;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.dakora.gateway.estimate.Estimate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Spend limits: the global budget and each client's. A submission is checked against every budget that
 * applies to its client: its estimate's high cost (priced models only) added to the spend logged since
 * the period started must stay within the limit, else {@link BudgetExceededException}. Spend is read
 * from the execution log and reused for {@code spend-cache}.
 */
public class Budgets {

    private static final Logger LOG = LoggerFactory.getLogger(Budgets.class);

    private final BudgetProperties properties;
    private final SpendReads spend;
    private final Clock clock;
    private final AsyncCache<String, BigDecimal> spent;

    Budgets(BudgetProperties properties, SpendReads spend, Clock clock) {
        this.properties = properties;
        this.spend = spend;
        this.clock = clock;
        this.spent = Caffeine.newBuilder().expireAfterWrite(properties.spendCache()).maximumSize(10_000).buildAsync();
    }

    /** Completes when every budget of {@code client} has room for the submission; asks for its estimate only when one applies. */
    public Mono<Void> check(String client, Supplier<Mono<Estimate>> estimate) {
        if (properties.global() == null && properties.of(client) == null) {
            return Mono.empty();
        }
        return estimate.get().flatMap(submission -> states(client)
                .filter(state -> state.spentUsd().add(submission.costHigh()).compareTo(state.limitUsd()) > 0)
                .next()
                .flatMap(over -> Mono.<Void>error(new BudgetExceededException(over, submission.costHigh()))));
    }

    /**
     * Remembers who made an accepted submission, when per-client budgets are set. The submission was
     * accepted already, so a failure here is logged and not answered: its spend then counts for the
     * global budget only.
     */
    public <T> Mono<T> owned(String client, String submissionId, T accepted) {
        if (!properties.perClient()) {
            return Mono.just(accepted);
        }
        return spend.recordOwner(submissionId, client, clock.instant())
                .onErrorResume(e -> {
                    LOG.warn("could not record the client of submission {}: {}", submissionId, e.toString());
                    return Mono.empty();
                })
                .thenReturn(accepted);
    }

    /** The global budget and {@code client}'s, as they stand. */
    public Flux<BudgetState> states(String client) {
        Instant now = clock.instant();
        List<Mono<BudgetState>> states = new ArrayList<>(2);
        if (properties.global() != null) {
            states.add(state("global", null, properties.global(), now));
        }
        BudgetProperties.Limit own = properties.of(client);
        if (own != null) {
            states.add(state("key", client, own, now));
        }
        return Flux.concat(states);
    }

    private Mono<BudgetState> state(String scope, String client, BudgetProperties.Limit limit, Instant now) {
        Instant start = limit.period().start(now);
        String key = scope + "|" + client + "|" + start;
        Mono<BigDecimal> read = Mono.fromFuture(() -> spent.get(key, (k, executor) ->
                (client == null ? spend.total(start) : spend.ofClient(client, start)).toFuture()));
        return read.map(spentUsd -> new BudgetState(scope, client, limit.period(), start, limit.period().end(now),
                limit.limitUsd(), spentUsd));
    }
}
