package dev.dakora.gateway.persistence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;

/**
 * A keyset position in a list sorted newest first by {@code (created_at, id)}: the opaque
 * {@code next_cursor} of a page is the last item's position, and the next page starts below it.
 */
public record PageCursor(Instant createdAt, String id) {

    public static PageCursor after(String createdAt, String id) {
        return new PageCursor(Instant.parse(createdAt), id);
    }

    /** @throws IllegalArgumentException for a cursor this server did not give */
    public static PageCursor decode(String cursor) {
        String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        int bar = text.indexOf('|');
        if (!text.startsWith("k:") || bar < 0) {
            throw new IllegalArgumentException("not a cursor");
        }
        return new PageCursor(Instant.parse(text.substring(2, bar)), text.substring(bar + 1));
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("k:" + createdAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    OffsetDateTime timestamp() {
        return OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC);
    }
}
