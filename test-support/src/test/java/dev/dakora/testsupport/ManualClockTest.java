package dev.dakora.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ManualClockTest {

    @Test
    void should_stand_still_until_moved_on() throws InterruptedException {
        ManualClock clock = ManualClock.at("2026-01-01T00:00:00Z");

        Thread.sleep(5);

        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(clock.millis()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z").toEpochMilli());
    }

    @Test
    void should_read_the_time_it_was_moved_to() {
        ManualClock clock = ManualClock.at("2026-01-01T00:00:00Z");

        clock.advance(Duration.ofSeconds(90));
        Instant advanced = clock.instant();
        clock.set(Instant.parse("2027-03-04T05:06:07Z"));

        assertThat(advanced).isEqualTo(Instant.parse("2026-01-01T00:01:30Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2027-03-04T05:06:07Z"));
    }

    @Test
    void should_keep_utc_and_the_same_time_when_asked_for_another_zone() {
        ManualClock clock = ManualClock.at("2026-01-01T00:00:00Z");

        var zoned = clock.withZone(ZoneId.of("Europe/Paris"));
        clock.advance(Duration.ofMinutes(1));

        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(zoned.instant()).isEqualTo(Instant.parse("2026-01-01T00:01:00Z"));
    }
}
