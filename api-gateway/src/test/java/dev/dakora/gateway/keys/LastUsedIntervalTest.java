package dev.dakora.gateway.keys;

import dev.dakora.testsupport.ManualClock;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class LastUsedIntervalTest {

    private static final String SECRET = KeyMaterial.KEY_PREFIX + "a".repeat(43);
    private static final ApiKey KEY = new ApiKey(UUID.randomUUID(), "ci", "dk_aaaaaaa", Instant.EPOCH, null);

    private final ManualClock clock = ManualClock.at("2026-01-01T00:00:00Z");
    private final List<Instant> touches = new CopyOnWriteArrayList<>();
    private final ApiKeyService service = new ApiKeyService(new OneKey(), clock, Duration.ofMinutes(1));

    @Test
    void should_write_last_used_at_once_per_interval_when_a_key_is_used_often() {
        service.verify(SECRET).block();
        clock.advance(Duration.ofSeconds(30));
        service.verify(SECRET).block();

        assertThat(touches).containsExactly(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void should_write_last_used_at_again_once_the_interval_passed() {
        service.verify(SECRET).block();
        clock.advance(Duration.ofSeconds(60));
        service.verify(SECRET).block();

        assertThat(touches).containsExactly(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:01:00Z"));
    }

    private final class OneKey extends ApiKeyRepository {

        OneKey() {
            super(null);
        }

        @Override
        Mono<ApiKey> findByHash(String keyHash) {
            return keyHash.equals(KeyMaterial.hash(SECRET)) ? Mono.just(KEY) : Mono.empty();
        }

        @Override
        Mono<Void> touch(UUID id, Instant when) {
            return Mono.fromRunnable(() -> touches.add(when));
        }
    }
}
