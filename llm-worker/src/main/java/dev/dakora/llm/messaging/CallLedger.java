package dev.dakora.llm.messaging;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.logging.LogFactory;
import org.apache.kafka.common.TopicPartition;
import org.springframework.core.log.LogAccessor;

/**
 * The calls of a partition that already have a result in {@code dakora.call-results}, for the records a
 * newly assigned partition redelivers. When this worker gets partition {@code p} of
 * {@code dakora.model-calls}, the window is its records from the committed offset to the end offset of
 * that moment; partition {@code p} of {@code dakora.call-results} holds their results (both topics are
 * keyed by job id with the same partition count). It is read from the time of the window's first record
 * (less {@code clockSkew}) to its end, then followed, so a result published later by the partition's
 * previous owner is seen too. A window is dropped once this worker has committed past it.
 */
class CallLedger implements AutoCloseable {

    private static final LogAccessor LOG = new LogAccessor(LogFactory.getLog(CallLedger.class));

    private final ResultsReader reader;
    private final Map<Integer, LedgerWindow> windows = new ConcurrentHashMap<>();

    CallLedger(ResultsReader reader) {
        this.reader = reader;
    }

    /**
     * Opens the windows of newly assigned partitions and waits up to {@code wait} until the results
     * published before now are read.
     *
     * @param starts the next offset to read of each partition (the committed one)
     * @param ends   the end offset of each partition now
     */
    void open(Map<TopicPartition, Long> starts, Map<TopicPartition, Long> ends, Duration wait) {
        starts.forEach((partition, start) -> {
            long end = ends.getOrDefault(partition, start);
            if (start < end) {
                LedgerWindow window = new LedgerWindow(end);
                windows.put(partition.partition(), window);
                reader.follow(partition, start, window);
            }
        });
        long deadline = System.nanoTime() + wait.toNanos();
        for (TopicPartition partition : starts.keySet()) {
            LedgerWindow window = windows.get(partition.partition());
            if (window != null) {
                window.awaitLoaded(Math.max(0, deadline - System.nanoTime()));
                if (!window.isLoaded()) {
                    LOG.warn(() -> "call ledger: results of " + partition + " not read back within " + wait
                            + "; its calls start anyway and a call already done may be sent again");
                }
            }
        }
    }

    /** Whether the call at {@code offset} of {@code partition} already has a published result. */
    boolean knows(TopicPartition partition, long offset, String callId) {
        LedgerWindow window = windows.get(partition.partition());
        return window != null && offset < window.end() && window.contains(callId);
    }

    /** This worker committed up to {@code committed} (exclusive): a window it passed is dropped. */
    void committed(TopicPartition partition, long committed) {
        LedgerWindow window = windows.get(partition.partition());
        if (window != null && committed >= window.end()) {
            close(partition);
        }
    }

    void close(Collection<TopicPartition> partitions) {
        partitions.forEach(this::close);
    }

    private void close(TopicPartition partition) {
        if (windows.remove(partition.partition()) != null) {
            reader.unfollow(partition);
        }
    }

    @Override
    public void close() {
        reader.close();
    }
}
