package dev.dakora.gateway.keys;

import dev.dakora.gateway.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The JSON shapes of the key routes, in snake_case. */
final class KeyViews {

    private KeyViews() {
    }

    @Schema(name = "KeyRequest", requiredProperties = "name")
    record Request(@Schema(description = "What the key is for, at most " + ApiKeyService.MAX_NAME_LENGTH + " characters.")
                   String name) {
    }

    @Schema(name = "ApiKeyCreated", description = "key is the secret, shown only in this answer.",
            requiredProperties = {"id", "name", "key", "prefix", "created_at"})
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Created(String id, String name, String key, String prefix, Instant createdAt) {
        static Created of(IssuedKey issued) {
            ApiKey key = issued.key();
            return new Created(key.id().toString(), key.name(), issued.secret(), key.prefix(), key.createdAt());
        }

        @Override
        public String toString() {
            return "Created[" + id + "]";
        }
    }

    @Schema(name = "ApiKey", requiredProperties = {"id", "name", "prefix", "created_at", "last_used_at"})
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Item(String id, String name, String prefix, Instant createdAt, Instant lastUsedAt) {
        static Item of(ApiKey key) {
            return new Item(key.id().toString(), key.name(), key.prefix(), key.createdAt(), key.lastUsedAt());
        }
    }

    @Schema(name = "ApiKeyPage", requiredProperties = {"items", "next_cursor"})
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Page(List<Item> items, String nextCursor) {
    }

    static String name(Map<String, Object> body) {
        Object name = body.get("name");
        if (!(name instanceof String text) || text.isBlank()) {
            throw InvalidRequestException.of("name", "is required: a non-empty string naming the key (e.g. \"ci\")");
        }
        if (text.length() > ApiKeyService.MAX_NAME_LENGTH) {
            throw InvalidRequestException.of("name", "must be at most " + ApiKeyService.MAX_NAME_LENGTH + " characters");
        }
        return text.strip();
    }

    static Optional<UUID> parseId(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
