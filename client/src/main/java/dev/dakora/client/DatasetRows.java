package dev.dakora.client;

import java.util.List;

/** A page of a dataset version's rows, in order, with the cursor of the next page (null on the last one). */
public record DatasetRows(String name, String version, int rowCount, List<DatasetRow> items, String nextCursor) {

    public DatasetRows {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
