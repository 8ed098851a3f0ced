package dev.dakora.llm.lane;

import java.util.List;

/**
 * Where the batch lane keeps the calls it holds, per partition of {@code dakora.model-calls}, so that a
 * worker killed at any point loses none of them: an entry is durable when {@link #save} returns, and a
 * call's offset is acknowledged only after that.
 */
public interface LaneStore extends AutoCloseable {

    /** Stores the entries (replacing earlier ones of the same calls); returns once they are durable. */
    void save(int partition, List<LaneEntry> entries) throws InterruptedException;

    /** Forgets calls whose results are published. */
    void remove(int partition, List<String> callIds) throws InterruptedException;

    /** The latest entry of every call of {@code partition} still held. */
    List<LaneEntry> load(int partition) throws InterruptedException;

    @Override
    default void close() {
    }
}
