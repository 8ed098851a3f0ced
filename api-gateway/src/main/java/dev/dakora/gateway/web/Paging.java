package dev.dakora.gateway.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * {@code limit} and {@code cursor} over a list held in memory: the cursor is an opaque token for the
 * position of the next item. Answers {@code {"items":[...],"next_cursor":"..."|null}}.
 */
record Paging(int limit, int offset) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1000;

    static Paging of(String limit, String cursor) {
        return new Paging(limit(limit), offset(cursor));
    }

    <T> PageBody<T> page(List<T> all) {
        int from = Math.min(offset, all.size());
        int to = Math.min(all.size(), from + limit);
        return new PageBody<>(all.subList(from, to), to < all.size() ? encode(to) : null);
    }

    private static int limit(String text) {
        return limit(text, DEFAULT_LIMIT, MAX_LIMIT);
    }

    /** A page size from a query parameter: {@code defaultLimit} when absent, else a whole number from 1 to {@code max}. */
    static int limit(String text, int defaultLimit, int max) {
        if (text == null) {
            return defaultLimit;
        }
        try {
            int limit = Integer.parseInt(text.strip());
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw InvalidRequestException.of("limit", "must be a whole number from 1 to " + max);
    }

    private static int offset(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith("o:")) {
                int offset = Integer.parseInt(decoded.substring(2));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException ignored) {
            // answered below
        }
        throw InvalidRequestException.of("cursor", "is not a cursor this server gave; send next_cursor from the previous page");
    }

    /** The opaque cursor of the item at {@code offset}. */
    static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
    }
}
