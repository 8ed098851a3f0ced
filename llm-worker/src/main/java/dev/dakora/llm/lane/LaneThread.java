package dev.dakora.llm.lane;

import org.apache.commons.logging.LogFactory;
import org.springframework.core.log.LogAccessor;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The batch lane's own thread: runs a round every {@code every}, each starting that long after the last
 * one ended. A round that fails is logged and the next one runs as usual. Stopping lets a round in
 * progress finish within {@code stopGrace}, then interrupts it.
 */
final class LaneThread {

    private static final LogAccessor LOG = new LogAccessor(LogFactory.getLog(LaneThread.class));

    /** One round of the lane's work. */
    @FunctionalInterface
    interface Round {
        void run() throws InterruptedException;
    }

    private final ScheduledExecutorService thread =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("dakora-batch-lane").daemon(true).factory());
    private final Duration stopGrace;

    private LaneThread(Duration stopGrace) {
        this.stopGrace = stopGrace;
    }

    /** Starts the thread; its first round runs {@code every} from now. */
    static LaneThread start(Round round, Duration every, Duration stopGrace) {
        LaneThread lane = new LaneThread(stopGrace);
        long millis = every.toMillis();
        lane.thread.scheduleWithFixedDelay(() -> {
            try {
                round.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.error(e, "batch lane: a round of submissions and polls failed; the next round tries again");
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
        return lane;
    }

    /** Runs no new round; waits up to the grace for one in progress, then interrupts it. */
    void stop() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(stopGrace.toNanos(), TimeUnit.NANOSECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
