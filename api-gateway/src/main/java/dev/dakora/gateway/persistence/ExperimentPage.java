package dev.dakora.gateway.persistence;

import java.util.List;

/** One page of stored experiments, newest first; {@code nextCursor} null on the last page. */
public record ExperimentPage(List<StoredExperiment> items, String nextCursor) {

    public ExperimentPage {
        items = List.copyOf(items);
    }
}
