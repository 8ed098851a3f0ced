package dev.dakora.llm.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.dakora.common.event.CacheOptIn;
import dev.dakora.common.event.CallParams;
import dev.dakora.common.model.ModelName;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Answers of calls that asked for the cache ({@link CacheOptIn}), kept in this worker's memory for
 * {@code ttl} after they were stored, keyed by a SHA-256 of the model, the rendered prompt and every
 * parameter but the opt-in flag itself. At most {@code maxChars} characters of answers are held (least
 * recently used go first). Only successful answers are stored.
 */
public final class ResponseCache {

    private static final ResponseCache OFF = new ResponseCache(null);

    private final Cache<String, ChatReply> replies;

    private ResponseCache(Cache<String, ChatReply> replies) {
        this.replies = replies;
    }

    public static ResponseCache off() {
        return OFF;
    }

    public static ResponseCache of(Duration ttl, long maxChars, Ticker ticker) {
        return new ResponseCache(Caffeine.newBuilder().expireAfterWrite(ttl).maximumWeight(maxChars)
                .weigher((String key, ChatReply reply) -> reply.text() == null ? 1 : Math.max(1, reply.text().length()))
                .ticker(ticker).build());
    }

    /** The stored answer of an identical call that asked for the cache, if one is within its TTL. */
    Optional<ChatReply> find(ModelName name, String prompt, CallParams params) {
        if (replies == null || !CacheOptIn.requested(params)) {
            return Optional.empty();
        }
        return Optional.ofNullable(replies.getIfPresent(key(name, prompt, params)));
    }

    void store(ModelName name, String prompt, CallParams params, ChatReply reply) {
        if (replies != null && CacheOptIn.requested(params)) {
            replies.put(key(name, prompt, params), reply);
        }
    }

    static String key(ModelName name, String prompt, CallParams params) {
        Map<String, Object> extra = new TreeMap<>(params.extra());
        extra.remove(CacheOptIn.KEY);
        MessageDigest digest = sha256();
        for (String part : new String[] {name.key(), prompt, String.valueOf(params.temperature()),
                String.valueOf(params.maxTokens()), String.valueOf(params.topP()), extra.toString()}) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            digest.update(lengthPrefix(bytes.length));
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Each part is prefixed by its length, so that no two different calls hash the same parts. */
    private static byte[] lengthPrefix(int length) {
        return new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length};
    }
}
