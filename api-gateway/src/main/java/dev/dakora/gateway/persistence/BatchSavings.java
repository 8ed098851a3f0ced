package dev.dakora.gateway.persistence;

import dev.dakora.common.model.PriceTable;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Adds to batch-lane batches what their lane saved ({@link BatchSaving}), computed when read from the tokens and
 * cost the log sink stored for each call and the price table the LLM worker prices calls with (the shipped table
 * and {@code dakora.llm.prices}). Reading it needs no other writer and no second copy of any price; the price is
 * today's, so a price changed after a batch ran changes its list price. Online batches are left as they are.
 */
public class BatchSavings {

    /** One row per batch, model, provider and cached, over the priced calls; summed in the database. */
    private static final String PRICED_CALLS = """
            SELECT batch_id, model, provider, cached, CAST(SUM(tokens_in) AS bigint) AS tokens_in,
                   CAST(SUM(tokens_out) AS bigint) AS tokens_out, SUM(cost_usd) AS cost_usd
              FROM executions
             WHERE batch_id = ANY(:batches) AND priced
             GROUP BY batch_id, model, provider, cached""";

    private final DatabaseClient db;
    private final PriceTable prices;

    public BatchSavings(DatabaseClient db, PriceTable prices) {
        this.db = db;
        this.prices = prices;
    }

    public Mono<BatchView> of(BatchView batch) {
        return of(List.of(batch)).map(List::getFirst);
    }

    public Mono<Page<BatchView>> of(Page<BatchView> page) {
        return of(page.items()).map(items -> new Page<>(items, page.nextCursor()));
    }

    private Mono<List<BatchView>> of(List<BatchView> batches) {
        String[] onBatchLane = batches.stream().filter(batch -> "batch".equals(batch.lane())).map(BatchView::batchId)
                .toArray(String[]::new);
        if (onBatchLane.length == 0) {
            return Mono.just(batches);
        }
        return db.sql(PRICED_CALLS).bind("batches", onBatchLane).map(row -> Map.entry(row.get("batch_id", String.class), calls(row)))
                .all().collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())))
                .map(calls -> batches.stream().map(batch -> "batch".equals(batch.lane())
                        ? batch.withSaving(BatchSaving.of(calls.getOrDefault(batch.batchId(), List.of()), prices)) : batch).toList());
    }

    private static BatchSaving.Calls calls(Readable row) {
        BigDecimal cost = row.get("cost_usd", BigDecimal.class);
        return new BatchSaving.Calls(row.get("model", String.class), row.get("provider", String.class),
                Boolean.TRUE.equals(row.get("cached", Boolean.class)), row.get("tokens_in", Long.class),
                row.get("tokens_out", Long.class), cost == null ? BigDecimal.ZERO : cost);
    }
}
