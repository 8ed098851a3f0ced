package dev.dakora.gateway.keys;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.Optional;
import java.util.UUID;

/** Key management; {@link ApiKeyFilter} lets only the admin key through to it. */
@RestController
@RequestMapping("/api/keys")
@Tag(name = "API keys", description = "Need the admin key (DAKORA_ADMIN_KEY), whether or not auth is required.")
class KeyController {

    private final ApiKeyService keys;

    KeyController(ApiKeyService keys) {
        this.keys = keys;
    }

    @PostMapping
    @Operation(summary = "Create a key", description = "Body {\"name\":\"ci\"} (1 to 200 characters). "
            + "The key (dk_ + 43 base64url characters) is in this answer only; the server keeps its SHA-256 hash.")
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = KeyViews.Created.class)))
    Mono<ResponseEntity<KeyViews.Created>> create(@Valid @RequestBody KeyViews.Request body) {
        String name = body.stripped();
        return keys.issue(name).map(issued -> ResponseEntity.status(HttpStatus.CREATED).body(KeyViews.Created.of(issued)));
    }

    @GetMapping
    @Operation(summary = "List keys", description = "All keys, oldest first, in one page (next_cursor is always null); never the keys themselves.")
    Mono<KeyViews.Page> list() {
        return keys.list().map(KeyViews.Item::of).collectList().map(items -> new KeyViews.Page(items, null));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke a key", description = "204; the key stops working at once. 404 for an unknown id.")
    @ApiResponse(responseCode = "204", description = "Revoked")
    Mono<ResponseEntity<Void>> revoke(@PathVariable String id) {
        Optional<UUID> uuid = KeyViews.parseId(id);
        if (uuid.isEmpty()) {
            return Mono.error(new KeyNotFoundException(id));
        }
        return keys.revoke(uuid.get()).flatMap(deleted -> deleted
                ? Mono.just(ResponseEntity.noContent().<Void>build())
                : Mono.error(new KeyNotFoundException(id)));
    }
}
