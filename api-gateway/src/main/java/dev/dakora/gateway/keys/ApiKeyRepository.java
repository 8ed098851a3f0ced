package dev.dakora.gateway.keys;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** The {@code api_keys} table, through R2DBC. */
public class ApiKeyRepository {

    private static final String COLUMNS = "id, name, prefix, created_at, last_used_at";

    private final DatabaseClient db;

    public ApiKeyRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> insert(ApiKey key, String keyHash) {
        return db.sql("INSERT INTO api_keys (id, name, key_hash, prefix, created_at) VALUES (:id, :name, :hash, :prefix, :created)")
                .bind("id", key.id())
                .bind("name", key.name())
                .bind("hash", keyHash)
                .bind("prefix", key.prefix())
                .bind("created", utc(key.createdAt()))
                .then();
    }

    Flux<ApiKey> findAll() {
        return db.sql("SELECT " + COLUMNS + " FROM api_keys ORDER BY created_at, id")
                .map(ApiKeyRepository::toKey)
                .all();
    }

    Mono<ApiKey> findByHash(String keyHash) {
        return db.sql("SELECT " + COLUMNS + " FROM api_keys WHERE key_hash = :hash")
                .bind("hash", keyHash)
                .map(ApiKeyRepository::toKey)
                .one();
    }

    Mono<Boolean> delete(UUID id) {
        return db.sql("DELETE FROM api_keys WHERE id = :id").bind("id", id).fetch().rowsUpdated().map(rows -> rows > 0);
    }

    Mono<Void> touch(UUID id, Instant when) {
        return db.sql("UPDATE api_keys SET last_used_at = :when WHERE id = :id")
                .bind("when", utc(when))
                .bind("id", id)
                .then();
    }

    /** Answers when the database answers a trivial query. */
    public Mono<Void> ping() {
        return db.sql("SELECT 1").fetch().rowsUpdated().then();
    }

    private static ApiKey toKey(Readable row) {
        OffsetDateTime lastUsed = row.get("last_used_at", OffsetDateTime.class);
        return new ApiKey(row.get("id", UUID.class), row.get("name", String.class), row.get("prefix", String.class),
                row.get("created_at", OffsetDateTime.class).toInstant(), lastUsed == null ? null : lastUsed.toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
