package dev.dakora.gateway.health;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.time.Duration;
import java.util.Collection;

/**
 * Holds the start of the web server until every Kafka listener container has partitions assigned, at
 * most {@code timeout}: started after the containers and before the server, it lets the gateway
 * answer HTTP once its live feed follows results. Past the timeout (Kafka is down) the gateway starts
 * anyway and its health says what is missing.
 */
final class AssignmentWait implements SmartLifecycle {

    private static final LogAccessor LOG = new LogAccessor(AssignmentWait.class);
    /** After the listener containers ({@code Integer.MAX_VALUE - 100}), before the web server. */
    private static final int PHASE = Integer.MAX_VALUE - 50;

    private final KafkaListenerEndpointRegistry registry;
    private final Duration timeout;
    private volatile boolean running;

    AssignmentWait(KafkaListenerEndpointRegistry registry, Duration timeout) {
        this.registry = registry;
        this.timeout = timeout;
    }

    @Override
    public void start() {
        running = true;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!registry.getAllListenerContainers().stream().allMatch(AssignmentWait::assigned)) {
            if (System.nanoTime() > deadline) {
                LOG.warn(() -> "Kafka listeners not assigned after " + timeout.toSeconds() + " s; starting anyway");
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static boolean assigned(MessageListenerContainer container) {
        Collection<?> partitions = container.isRunning() ? container.getAssignedPartitions() : null;
        return partitions != null && !partitions.isEmpty();
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
