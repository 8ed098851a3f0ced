package dev.dakora.llm.lane;

import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.model.ModelName;
import dev.dakora.llm.domain.Cancellations;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.log.LogAccessor;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The batch lane of the partitions this worker owns. A call is held once its entry is durable in the
 * {@link LaneStore} (only then is its offset acknowledged); the lane's thread submits collections and
 * polls provider batches ({@link LaneWork}). A newly assigned partition resumes from the store: its
 * collected calls are submitted, its provider batches polled where the provider holds them.
 */
public final class BatchLane implements AutoCloseable {

    private static final LogAccessor LOG = new LogAccessor(LogFactory.getLog(BatchLane.class));
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final LaneStore store;
    private final LaneRouting routing;
    private final LaneWork work;
    private final LaneSettings settings;
    private final Clock clock;
    private final Map<Integer, PartitionLane> partitions = new ConcurrentHashMap<>();
    /** held while the lane's thread works and while partitions change hands: a revocation waits for a submission */
    private final ReentrantLock working = new ReentrantLock();
    private LaneThread thread;

    public BatchLane(LaneStore store, LaneRouting routing, LaneResults results, ResultSink sink,
                     Cancellations cancellations, LaneSettings settings, Clock clock) {
        this.store = store;
        this.routing = routing;
        this.settings = settings;
        this.clock = clock;
        this.work = new LaneWork(store, routing, results, sink, cancellations, settings, clock);
    }

    /** A lane that takes no call. */
    public static BatchLane off(Clock clock) {
        return new BatchLane(new NoLaneStore(), LaneRouting.none(), null, null, null,
                new LaneSettings(Duration.ofMinutes(1), 1, Duration.ZERO), clock);
    }

    /** Whether {@code call} takes the batch lane. */
    public boolean takes(ModelCallRequested call) {
        return routing.route(call).isPresent();
    }

    /** Whether the lane already holds the call (a redelivery of a call it took before). */
    public boolean holds(int partition, String callId) {
        PartitionLane lane = partitions.get(partition);
        return lane != null && lane.holds(callId);
    }

    /** Stores the call durably, then collects it; its offset may be acknowledged once this returns. */
    public void hold(int partition, ModelCallRequested call) throws InterruptedException {
        ModelName model = routing.route(call).orElseThrow(() -> new IllegalArgumentException(call.callId() + " is not a batch-lane call"));
        LaneEntry entry = LaneEntry.collected(call, clock.instant());
        store.save(partition, List.of(entry));
        PartitionLane lane = partitions.get(partition);
        if (lane != null) {
            lane.collect(model, entry);
        }
    }

    /** Loads what the store holds of newly assigned partitions, before any of their records is dispatched. */
    public void assigned(Collection<Integer> assigned) throws InterruptedException {
        working.lock();
        try {
            for (int partition : assigned) {
                PartitionLane lane = new PartitionLane();
                work.resume(partition, lane, store.load(partition));
                partitions.put(partition, lane);
                if (lane.size() > 0) {
                    LOG.info(() -> "batch lane: partition " + partition + " resumes " + lane.size() + " calls");
                }
            }
        } finally {
            working.unlock();
        }
    }

    /** Lets go of partitions after a submission in progress is stored; their next owner resumes them from the store. */
    public void revoked(Collection<Integer> revoked) {
        working.lock();
        try {
            revoked.forEach(partitions::remove);
        } finally {
            working.unlock();
        }
    }

    /** Submits the collections that are due and polls the provider batches that are due, once. */
    public void tick() throws InterruptedException {
        working.lock();
        try {
            for (Map.Entry<Integer, PartitionLane> entry : partitions.entrySet()) {
                work.run(entry.getKey(), entry.getValue());
            }
        } finally {
            working.unlock();
        }
    }

    /** Starts the lane's thread, ticking every poll interval ({@link LaneThread}). */
    public synchronized void start() {
        if (thread == null) {
            thread = LaneThread.start(this::tick, settings.pollInterval(), STOP_GRACE);
        }
    }

    /** Calls held now, over all owned partitions. */
    public int held() {
        return partitions.values().stream().mapToInt(PartitionLane::size).sum();
    }

    /**
     * Stops the lane's thread, letting a round in progress finish for up to 10 s (a submission then gets
     * stored rather than repeated by the next owner), then interrupting it.
     */
    @Override
    public synchronized void close() {
        if (thread != null) {
            thread.stop();
        }
        store.close();
    }
}
