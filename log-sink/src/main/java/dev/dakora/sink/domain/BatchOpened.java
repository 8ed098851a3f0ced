package dev.dakora.sink.domain;

import dev.dakora.common.event.BatchSubmitted;

import java.time.Instant;

/** A batch's submission: its totals and description. */
public record BatchOpened(BatchSubmitted batch) implements BatchSignal {

    @Override
    public String batchId() {
        return batch.batchId();
    }

    @Override
    public Instant at() {
        return batch.submittedAt();
    }
}
