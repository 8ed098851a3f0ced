package dev.dakora.client;

/**
 * An API key: {@code key} (the secret, {@code dk_...}) is only set in the answer that created it;
 * lists show the {@code prefix}.
 */
public record ApiKey(String id, String name, String key, String prefix, String createdAt, String lastUsedAt) {
}
