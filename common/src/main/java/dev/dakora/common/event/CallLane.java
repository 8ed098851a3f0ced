package dev.dakora.common.event;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which lane a batch's calls take: {@code params.lane} = {@code online} (each call sent at once),
 * {@code batch} (collected and sent through the provider's batch API, at its discount, finished within
 * its completion window) or {@code auto} (the gateway picks batch above a configured number of calls).
 * The gateway writes the chosen lane into every call's extra parameters; the LLM worker reads it and
 * never sends it to a provider.
 */
public final class CallLane {

    public static final String KEY = "lane";
    public static final String ONLINE = "online";
    public static final String BATCH = "batch";
    public static final String AUTO = "auto";

    private CallLane() {
    }

    /** The lane named in {@code params}, lower case, if any. */
    public static Optional<String> requested(CallParams params) {
        Object value = params.extra().get(KEY);
        return value instanceof String text ? Optional.of(text.strip().toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** Whether a call's parameters put it on the batch lane. */
    public static boolean batch(CallParams params) {
        return requested(params).filter(BATCH::equals).isPresent();
    }

    /**
     * The problem with a {@code params.lane} value, if any: it must be one of online, batch, auto.
     *
     * @return empty when the value is absent or valid
     */
    public static Optional<String> problem(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String text && switch (text.strip().toLowerCase(Locale.ROOT)) {
            case ONLINE, BATCH, AUTO -> true;
            default -> false;
        }) {
            return Optional.empty();
        }
        return Optional.of("must be \"online\", \"batch\" or \"auto\", got " + value);
    }

    /** {@code params} on {@code lane}. */
    public static CallParams with(CallParams params, String lane) {
        Map<String, Object> extra = new LinkedHashMap<>(params.extra());
        extra.put(KEY, lane);
        return new CallParams(params.temperature(), params.maxTokens(), params.topP(), extra);
    }

    /** {@code params} without the lane: what a provider and the response cache see. */
    public static CallParams without(CallParams params) {
        if (!params.extra().containsKey(KEY)) {
            return params;
        }
        Map<String, Object> extra = new LinkedHashMap<>(params.extra());
        extra.remove(KEY);
        return new CallParams(params.temperature(), params.maxTokens(), params.topP(), extra);
    }
}
