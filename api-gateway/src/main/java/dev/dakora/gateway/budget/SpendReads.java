package dev.dakora.gateway.budget;

import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Spend from the execution log: the sum of {@code cost_usd} of calls logged since a time (unpriced
 * calls add nothing, cached answers cost 0), in total or of one client's submissions.
 */
class SpendReads {

    private final DatabaseClient db;

    SpendReads(DatabaseClient db) {
        this.db = db;
    }

    Mono<BigDecimal> total(Instant since) {
        return db.sql("SELECT COALESCE(SUM(cost_usd), 0) AS spent FROM executions WHERE created_at >= :since")
                .bind("since", utc(since)).map(row -> row.get("spent", BigDecimal.class)).one();
    }

    Mono<BigDecimal> ofClient(String client, Instant since) {
        return db.sql("SELECT COALESCE(SUM(e.cost_usd), 0) AS spent FROM executions e JOIN submission_owners o "
                        + "ON o.submission_id = COALESCE(e.batch_id, e.job_id) "
                        + "WHERE o.client = :client AND e.created_at >= :since")
                .bind("client", client).bind("since", utc(since))
                .map(row -> row.get("spent", BigDecimal.class)).one();
    }

    Mono<Void> recordOwner(String submissionId, String client, Instant at) {
        return db.sql("INSERT INTO submission_owners (submission_id, client, created_at) VALUES (:id, :client, :at) "
                        + "ON CONFLICT (submission_id) DO NOTHING")
                .bind("id", submissionId).bind("client", client).bind("at", utc(at)).then();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
