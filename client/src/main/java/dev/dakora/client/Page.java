package dev.dakora.client;

import java.util.List;

/** A page of a paged list: its items and the cursor of the next page (null on the last one). */
public record Page<T>(List<T> items, String nextCursor) {

    public Page {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
