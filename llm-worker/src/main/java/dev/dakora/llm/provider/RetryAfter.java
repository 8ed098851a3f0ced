package dev.dakora.llm.provider;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads {@code retry-after-ms} (OpenAI) or {@code Retry-After} in seconds or as an HTTP date. */
final class RetryAfter {

    private RetryAfter() {
    }

    static Duration parse(HttpHeaders headers, Clock clock) {
        Duration millis = headers.firstValue("retry-after-ms").map(RetryAfter::millis).orElse(null);
        if (millis != null) {
            return millis;
        }
        return headers.firstValue("retry-after").map(value -> parse(value, clock)).orElse(null);
    }

    static Duration parse(String value, Clock clock) {
        String trimmed = value.strip();
        try {
            long seconds = Long.parseLong(trimmed);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(clock.instant(), at.toInstant());
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static Duration millis(String value) {
        try {
            double ms = Double.parseDouble(value.strip());
            return ms < 0 ? null : Duration.ofNanos((long) (ms * 1_000_000));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
