package dev.dakora.common.event;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The response cache is opt-in: a job asks for it with {@code params.cache: true}, a template with
 * {@code metadata.cache: true}. The flag travels in the call's extra parameters, which are never sent
 * to a provider as they are.
 */
public final class CacheOptIn {

    public static final String KEY = "cache";

    private CacheOptIn() {
    }

    public static boolean requested(CallParams params) {
        return Boolean.TRUE.equals(params.extra().get(KEY));
    }

    /** {@code params} with the cache asked for when the template's metadata asks for it and the job did not say otherwise. */
    public static CallParams withTemplate(CallParams params, Map<String, Object> metadata) {
        if (metadata == null || !Boolean.TRUE.equals(metadata.get(KEY)) || params.extra().containsKey(KEY)) {
            return params;
        }
        Map<String, Object> extra = new LinkedHashMap<>(params.extra());
        extra.put(KEY, true);
        return new CallParams(params.temperature(), params.maxTokens(), params.topP(), extra);
    }
}
