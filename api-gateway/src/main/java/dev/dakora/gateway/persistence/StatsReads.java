package dev.dakora.gateway.persistence;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Aggregates of the execution log per model, template or UTC day, computed by PostgreSQL: calls,
 * errors (failed calls), tokens and cost (of all calls; failed ones carry none), latency percentiles.
 */
public class StatsReads {

    /** How calls are grouped, with the SQL expression of each group's key. */
    public enum GroupBy {
        MODEL("model"), TEMPLATE("prompt_id"), DAY("to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')");

        private final String expression;

        GroupBy(String expression) {
            this.expression = expression;
        }
    }

    private final DatabaseClient db;

    public StatsReads(DatabaseClient db) {
        this.db = db;
    }

    /** The groups of the calls created in [since, until); a {@code null} end leaves that side open. */
    public Mono<List<StatsGroup>> stats(GroupBy groupBy, Instant since, Instant until) {
        Query query = new Query()
                .where("created_at >= :since", "since", ExecutionReads.utc(since))
                .where("created_at < :until", "until", ExecutionReads.utc(until));
        String sql = "SELECT " + groupBy.expression + " AS grp, count(*) AS calls,"
                + " count(*) FILTER (WHERE status = 'failed') AS errors,"
                + " coalesce(sum(tokens_in), 0) AS tokens_in, coalesce(sum(tokens_out), 0) AS tokens_out,"
                + " coalesce(sum(cost_usd), 0) AS cost_usd,"
                + " percentile_cont(0.5) WITHIN GROUP (ORDER BY latency_ms) AS p50,"
                + " percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms) AS p95,"
                + " percentile_cont(0.99) WITHIN GROUP (ORDER BY latency_ms) AS p99"
                + " FROM executions" + query.whereClause() + " GROUP BY grp ORDER BY grp";
        return query.bindTo(db.sql(sql)).map(StatsReads::group).all().collectList();
    }

    private static StatsGroup group(Readable row) {
        return new StatsGroup(row.get("grp", String.class), row.get("calls", Long.class), row.get("errors", Long.class),
                row.get("tokens_in", BigDecimal.class).longValue(), row.get("tokens_out", BigDecimal.class).longValue(),
                row.get("cost_usd", BigDecimal.class), new StatsGroup.Latency(row.get("p50", Double.class),
                row.get("p95", Double.class), row.get("p99", Double.class)));
    }
}
