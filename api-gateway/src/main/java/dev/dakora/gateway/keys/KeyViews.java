package dev.dakora.gateway.keys;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The JSON shapes of the key routes, in snake_case. */
final class KeyViews {

    private KeyViews() {
    }

    @Schema(name = "KeyRequest", requiredProperties = "name")
    record Request(@Schema(description = "What the key is for, at most " + ApiKeyService.MAX_NAME_LENGTH + " characters.")
                   @NotBlank(message = "is required: a non-empty string naming the key (e.g. \"ci\")")
                   @Size(max = ApiKeyService.MAX_NAME_LENGTH, message = "must be at most " + ApiKeyService.MAX_NAME_LENGTH + " characters")
                   String name) {

        /** The name without surrounding blanks. */
        String stripped() {
            return name.strip();
        }
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

    static Optional<UUID> parseId(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
