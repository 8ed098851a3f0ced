package dev.dakora.llm.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    private final Backoff backoff = new Backoff(new SplittableRandom(7));
    private final LimitSettings settings = LimitSettings.BUILT_IN.overriddenBy(new LimitSettings(null, null, null, null,
            null, null, null, Duration.ofSeconds(1), Duration.ofSeconds(5), 0.2, Duration.ofSeconds(60), null, null));

    @Test
    void should_wait_what_the_provider_asked_when_it_sent_retry_after() {
        assertThat(backoff.before(1, settings, Optional.of(Duration.ofSeconds(7)))).contains(Duration.ofSeconds(7));
    }

    @Test
    void should_give_up_when_retry_after_exceeds_the_maximum() {
        assertThat(backoff.before(1, settings, Optional.of(Duration.ofMinutes(5)))).isEmpty();
    }

    @Test
    void should_double_with_jitter_up_to_the_cap_when_the_provider_said_nothing() {
        for (int i = 0; i < 50; i++) {
            assertThat(backoff.before(1, settings, Optional.empty()).orElseThrow())
                    .isBetween(Duration.ofMillis(800), Duration.ofMillis(1200));
            assertThat(backoff.before(3, settings, Optional.empty()).orElseThrow())
                    .isBetween(Duration.ofMillis(3200), Duration.ofMillis(4800));
            assertThat(backoff.before(40, settings, Optional.empty()).orElseThrow())
                    .isBetween(Duration.ofMillis(4000), Duration.ofMillis(6000));
        }
    }
}
