package dev.dakora.bench;

import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.model.BatchDiscounts;
import dev.dakora.common.model.PriceTable;
import dev.dakora.llm.domain.Cancellations;
import dev.dakora.llm.domain.ModelNames;
import dev.dakora.llm.lane.BatchLane;
import dev.dakora.llm.lane.LaneResults;
import dev.dakora.llm.lane.LaneRouting;
import dev.dakora.llm.lane.LaneSettings;
import dev.dakora.llm.provider.ProviderAccess;
import dev.dakora.llm.provider.ProviderBatchClients;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The batch lane of {@link LaneSaving}: every call held by the LLM worker's {@link BatchLane} on one
 * partition (kept in memory by {@link BenchLaneStore}), which uploads them as JSON Lines to an OpenAI-style
 * Batch API, polls the batch and prices the result files with the batch discount; ticked every 20 ms until
 * every call's result is published, for at most 5 minutes.
 */
final class BatchLaneRun {

    private static final Duration TICK = Duration.ofMillis(20);
    private static final Duration LIMIT = Duration.ofMinutes(5);

    private BatchLaneRun() {
    }

    static LaneTotals run(ProviderAccess access, PriceTable prices, List<ModelCallRequested> calls) throws Exception {
        List<ModelCallCompleted> published = new CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        try (BatchLane lane = new BatchLane(new BenchLaneStore(),
                new LaneRouting(new ModelNames(Set.of()), ProviderBatchClients.of(access, Duration.ofMinutes(1), 1024), access::problem),
                new LaneResults(prices, BatchDiscounts.shipped(), Clock.systemUTC()), published::add,
                new Cancellations(Duration.ofHours(1), Clock.systemUTC()),
                new LaneSettings(TICK, 50_000, Duration.ZERO), Clock.systemUTC())) {
            lane.assigned(List.of(0));
            for (ModelCallRequested call : calls) {
                lane.hold(0, call);
            }
            long deadline = System.nanoTime() + LIMIT.toNanos();
            while (published.size() < calls.size()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the batch lane published " + published.size() + " of " + calls.size() + " in 5 minutes");
                }
                lane.tick();
                Thread.sleep(TICK);
            }
            return LaneTotals.of(published, Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
