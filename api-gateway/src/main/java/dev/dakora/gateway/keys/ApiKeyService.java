package dev.dakora.gateway.keys;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues, lists, revokes and checks API keys. A check reads the database every time, so a revoked key
 * stops working at once; {@code last_used_at} is written at most once per interval per key.
 */
public class ApiKeyService {

    public static final int MAX_NAME_LENGTH = 200;

    private final ApiKeyRepository repository;
    private final Clock clock;
    private final Duration lastUsedInterval;
    private final Map<UUID, Instant> lastWritten = new ConcurrentHashMap<>();

    public ApiKeyService(ApiKeyRepository repository, Clock clock, Duration lastUsedInterval) {
        this.repository = repository;
        this.clock = clock;
        this.lastUsedInterval = lastUsedInterval;
    }

    public Mono<IssuedKey> issue(String name) {
        String secret = KeyMaterial.newKey();
        ApiKey key = new ApiKey(UUID.randomUUID(), name, KeyMaterial.displayPrefix(secret),
                clock.instant().truncatedTo(ChronoUnit.MICROS), null);
        return repository.insert(key, KeyMaterial.hash(secret)).thenReturn(new IssuedKey(key, secret));
    }

    public Flux<ApiKey> list() {
        return repository.findAll();
    }

    public Mono<Boolean> revoke(UUID id) {
        return repository.delete(id).doOnNext(deleted -> lastWritten.remove(id));
    }

    /** The stored key matching {@code secret}, or empty when no key matches. */
    public Mono<ApiKey> verify(String secret) {
        if (!secret.startsWith(KeyMaterial.KEY_PREFIX)) {
            return Mono.empty();
        }
        return repository.findByHash(KeyMaterial.hash(secret)).flatMap(this::recordUse);
    }

    private Mono<ApiKey> recordUse(ApiKey key) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant previous = lastWritten.get(key.id());
        if (previous != null && previous.plus(lastUsedInterval).isAfter(now)) {
            return Mono.just(key);
        }
        lastWritten.put(key.id(), now);
        return repository.touch(key.id(), now).thenReturn(key);
    }
}
