package dev.dakora.llm.domain;

import java.time.Duration;

/**
 * What a provider said about its own limits in a successful answer (OpenAI's
 * {@code x-ratelimit-remaining-requests}, {@code -tokens} and their {@code reset}); null where it said nothing.
 *
 * @param remainingRequests requests the provider still accepts in its current window
 * @param resetRequests     until the request window is full again
 * @param remainingTokens   tokens the provider still accepts in its current window
 * @param resetTokens       until the token window is full again
 */
public record RateHeaders(Long remainingRequests, Duration resetRequests, Long remainingTokens, Duration resetTokens) {

    public static final RateHeaders NONE = new RateHeaders(null, null, null, null);
}
