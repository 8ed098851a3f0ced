package dev.dakora.llm.provider;

import dev.dakora.llm.domain.RateHeaders;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitHeadersTest {

    @Test
    void should_read_openai_remaining_counts_and_resets_in_any_case() {
        RateHeaders headers = RateLimitHeaders.parse(Map.of(
                "X-RateLimit-Remaining-Requests", List.of("59"),
                "x-ratelimit-reset-requests", List.of("1s"),
                "x-ratelimit-remaining-tokens", List.of("149984"),
                "x-ratelimit-reset-tokens", List.of("6m0.5s")));

        assertThat(headers).isEqualTo(new RateHeaders(59L, Duration.ofSeconds(1), 149_984L, Duration.ofMillis(360_500)));
    }

    @Test
    void should_read_resets_in_milliseconds_hours_and_plain_seconds() {
        assertThat(RateLimitHeaders.duration("20ms")).isEqualTo(Duration.ofMillis(20));
        assertThat(RateLimitHeaders.duration("1h2m3s")).isEqualTo(Duration.ofSeconds(3723));
        assertThat(RateLimitHeaders.duration("59.6s")).isEqualTo(Duration.ofMillis(59_600));
        assertThat(RateLimitHeaders.duration("7")).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void should_leave_missing_or_unreadable_headers_null() {
        RateHeaders headers = RateLimitHeaders.parse(Map.of(
                "x-ratelimit-remaining-requests", List.of("many"),
                "x-ratelimit-reset-requests", List.of("soon"),
                "x-ratelimit-remaining-tokens", List.of("-3")));

        assertThat(headers).isEqualTo(RateHeaders.NONE);
        assertThat(RateLimitHeaders.parse(Map.of())).isEqualTo(RateHeaders.NONE);
        assertThat(RateLimitHeaders.duration("1x")).isNull();
    }
}
