package dev.dakora.health;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.event.ConsumerStoppedEvent;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Starts a listener container again, {@code delay} after one of its consumers stopped on an error (an error in
 * the container, a fenced producer, an abnormal stop): the container is stopped whole and started, on a thread
 * of its own, as a consumer cannot restart itself. Until then the {@code kafkaConsumers} health is DOWN. Each
 * restart is remembered, so that {@link RestartsHealthIndicator} can report a container that keeps stopping.
 * Nothing restarts once the application is closing.
 */
public final class ContainerRestarts implements AutoCloseable {

    private static final LogAccessor LOG = new LogAccessor(ContainerRestarts.class);
    private static final Set<ConsumerStoppedEvent.Reason> RESTARTABLE = EnumSet.of(
            ConsumerStoppedEvent.Reason.ERROR, ConsumerStoppedEvent.Reason.ABNORMAL, ConsumerStoppedEvent.Reason.FENCED);

    private final Duration delay;
    private final Clock clock;
    private final Deque<Instant> restarts = new ArrayDeque<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("listener-restarts").daemon().factory());
    private volatile boolean closing;
    private long total;

    public ContainerRestarts(Duration delay, Clock clock) {
        this.delay = delay;
        this.clock = clock;
    }

    @EventListener
    public void onConsumerStopped(ConsumerStoppedEvent event) {
        MessageListenerContainer container = event.getContainer(MessageListenerContainer.class);
        if (closing || !RESTARTABLE.contains(event.getReason()) || container == null) {
            return;
        }
        LOG.error(() -> "a consumer of " + container.getListenerId() + " stopped (" + event.getReason()
                + "); restarting the container in " + delay.toMillis() + " ms");
        scheduler.schedule(() -> restart(container), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    @EventListener
    public void onClosing(ContextClosedEvent event) {
        closing = true;
    }

    private void restart(MessageListenerContainer container) {
        if (closing || container.isInExpectedState() && container.isRunning()) {
            return;
        }
        container.stop();
        if (!closing) {
            container.start();
            synchronized (this) {
                restarts.addLast(clock.instant());
                total++;
            }
            LOG.info(() -> "restarted " + container.getListenerId());
        }
    }

    /** The restarts since the application started. */
    public synchronized long total() {
        return total;
    }

    /** The restarts within {@code window} before now. */
    public synchronized int within(Duration window) {
        Instant since = clock.instant().minus(window);
        while (!restarts.isEmpty() && restarts.peekFirst().isBefore(since)) {
            restarts.removeFirst();
        }
        return restarts.size();
    }

    @Override
    public void close() {
        closing = true;
        scheduler.shutdownNow();
    }
}
