package dev.dakora.client;

import java.util.Locale;

/**
 * How a batch's calls reach the providers: {@link #ONLINE} each call at once; {@link #BATCH} through the
 * providers' batch APIs (OpenAI, Anthropic) at their discount, finished within 24 hours; {@link #AUTO} the batch
 * lane above the server's {@code dakora.lane.auto-above-calls} calls, else online. Providers without a batch API
 * run online whatever the lane.
 */
public enum BatchLane {
    ONLINE, BATCH, AUTO;

    /** The name on the wire: {@code online}, {@code batch} or {@code auto}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
