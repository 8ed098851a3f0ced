package dev.dakora.sink.stream;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Forgetting the aggregates of jobs and batches some time after they became final, so that the stores
 * grow with the traffic of that period, not without end. A final job is kept so that a call result
 * delivered again (a worker stopped before committing it) is recognised and not counted twice; that can
 * only happen while the call-results topic still holds the record, so a retention at least as long as
 * the input topics' (Kafka's default is 7 days) forgets nothing that could still arrive.
 */
final class FinishedStates {

    private static final Duration LONGEST_SWEEP = Duration.ofHours(1);
    private static final Duration SHORTEST_SWEEP = Duration.ofSeconds(1);

    private FinishedStates() {
    }

    /** How often to look: a 24th of the retention, between one second and one hour. */
    static Duration sweepInterval(Duration retention) {
        Duration interval = retention.dividedBy(24);
        return interval.compareTo(LONGEST_SWEEP) > 0 ? LONGEST_SWEEP
                : interval.compareTo(SHORTEST_SWEEP) < 0 ? SHORTEST_SWEEP : interval;
    }

    /**
     * Applies {@code rule} to every entry of {@code store} (a full scan): an entry it maps to
     * {@code null} is deleted, one it maps to another value is replaced, one it returns as it is stays.
     */
    static <V> void sweep(KeyValueStore<String, V> store, UnaryOperator<V> rule) {
        List<KeyValue<String, V>> changes = new ArrayList<>();
        try (KeyValueIterator<String, V> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, V> entry = all.next();
                V kept = rule.apply(entry.value);
                if (kept != entry.value) {
                    changes.add(KeyValue.pair(entry.key, kept));
                }
            }
        }
        for (KeyValue<String, V> change : changes) {
            if (change.value == null) {
                store.delete(change.key);
            } else {
                store.put(change.key, change.value);
            }
        }
    }
}
