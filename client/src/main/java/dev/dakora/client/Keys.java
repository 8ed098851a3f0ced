package dev.dakora.client;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** API keys ({@code /api/keys}); the server accepts these calls only with the admin key. */
public final class Keys {

    private final Transport transport;

    Keys(Transport transport) {
        this.transport = transport;
    }

    /** A new key; its secret is in {@link ApiKey#key()} of this answer only. */
    public ApiKey create(String name) {
        return Transport.await(createAsync(name));
    }

    public CompletableFuture<ApiKey> createAsync(String name) {
        return transport.json("POST", "/api/keys", Map.of("name", name), ApiKey.class);
    }

    public List<ApiKey> list() {
        return Transport.await(listAsync());
    }

    public CompletableFuture<List<ApiKey>> listAsync() {
        return listPageAsync().thenApply(Page::items);
    }

    /** The first page of keys as the server sends it (with the cursor of the next page, if any). */
    public Page<ApiKey> listPage() {
        return Transport.await(listPageAsync());
    }

    public CompletableFuture<Page<ApiKey>> listPageAsync() {
        return transport.json("GET", "/api/keys", null, new tools.jackson.core.type.TypeReference<Page<ApiKey>>() { });
    }

    /** Revokes a key; it stops working at once. */
    public void delete(String id) {
        Transport.await(transport.json("DELETE", Transport.path("/api/keys/%s", id), null, Map.of()));
    }
}
