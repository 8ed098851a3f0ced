package dev.dakora.llm.provider;

import dev.dakora.llm.domain.RateHeaders;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads OpenAI's rate headers ({@code x-ratelimit-remaining-requests}, {@code x-ratelimit-reset-requests}
 * and the same for {@code -tokens}); a reset is a Go-style duration ({@code 1s}, {@code 6m0s},
 * {@code 59.6s}, {@code 20ms}) or plain seconds. A header missing or unreadable is null.
 */
final class RateLimitHeaders {

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)");
    private static final Pattern WHOLE = Pattern.compile("((\\d+(?:\\.\\d+)?)(ms|h|m|s))+");

    private RateLimitHeaders() {
    }

    static RateHeaders parse(Map<String, List<String>> headers) {
        if (headers == null || headers.isEmpty()) {
            return RateHeaders.NONE;
        }
        return new RateHeaders(count(first(headers, "x-ratelimit-remaining-requests")),
                duration(first(headers, "x-ratelimit-reset-requests")),
                count(first(headers, "x-ratelimit-remaining-tokens")),
                duration(first(headers, "x-ratelimit-reset-tokens")));
    }

    private static String first(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (name.equalsIgnoreCase(header.getKey()) && header.getValue() != null && !header.getValue().isEmpty()) {
                return header.getValue().getFirst();
            }
        }
        return null;
    }

    static Long count(String value) {
        if (value == null) {
            return null;
        }
        try {
            long n = Long.parseLong(value.strip());
            return n < 0 ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Duration duration(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        try {
            double seconds = Double.parseDouble(text);
            return seconds < 0 ? null : Duration.ofNanos((long) (seconds * 1e9));
        } catch (NumberFormatException notSeconds) {
            if (!WHOLE.matcher(text).matches()) {
                return null;
            }
        }
        double nanos = 0;
        Matcher part = PART.matcher(text);
        while (part.find()) {
            double amount = Double.parseDouble(part.group(1));
            nanos += amount * switch (part.group(2)) {
                case "h" -> 3.6e12;
                case "m" -> 6e10;
                case "s" -> 1e9;
                default -> 1e6;
            };
        }
        return Duration.ofNanos((long) nanos);
    }
}
