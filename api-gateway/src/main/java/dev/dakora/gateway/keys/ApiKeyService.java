package dev.dakora.gateway.keys;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Issues, lists, revokes and checks API keys. A check reads the database every time, so a revoked key
 * stops working at once; {@code last_used_at} is written at most once per interval per key.
 */
public class ApiKeyService {

    public static final int MAX_NAME_LENGTH = 200;

    private final ApiKeyRepository repository;
    private final Clock clock;
    /** The keys whose {@code last_used_at} was written less than the interval ago (Caffeine, timed by the clock). */
    private final Cache<UUID, Instant> lastWritten;

    public ApiKeyService(ApiKeyRepository repository, Clock clock, Duration lastUsedInterval) {
        this.repository = repository;
        this.clock = clock;
        this.lastWritten = Caffeine.newBuilder().expireAfterWrite(lastUsedInterval).executor(Runnable::run)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
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
        return repository.delete(id).doOnNext(deleted -> lastWritten.invalidate(id));
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
        if (lastWritten.getIfPresent(key.id()) != null) {
            return Mono.just(key);
        }
        lastWritten.put(key.id(), now);
        return repository.touch(key.id(), now).thenReturn(key);
    }
}
