package dev.dakora.llm.lane;

import java.util.List;

/** The store of a lane that takes no call: nothing to load, nothing may be saved. */
final class NoLaneStore implements LaneStore {

    @Override
    public void save(int partition, List<LaneEntry> entries) {
        throw new IllegalStateException("the batch lane is off");
    }

    @Override
    public void remove(int partition, List<String> callIds) {
        // nothing is held
    }

    @Override
    public List<LaneEntry> load(int partition) {
        return List.of();
    }
}
