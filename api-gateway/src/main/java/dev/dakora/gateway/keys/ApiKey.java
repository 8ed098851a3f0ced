package dev.dakora.gateway.keys;

import java.time.Instant;
import java.util.UUID;

/** A stored API key: everything but the key itself, of which only the hash is kept. */
public record ApiKey(UUID id, String name, String prefix, Instant createdAt, Instant lastUsedAt) {
}
