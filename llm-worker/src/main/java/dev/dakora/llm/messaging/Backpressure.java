package dev.dakora.llm.messaging;

import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.ToIntFunction;

/**
 * Bounds the calls a worker holds: a partition is paused while {@code perPartition} of its calls are held
 * and the whole consumer while {@code total} are; each resumes once a quarter of its limit is done.
 * Paused consumers keep polling, so they stay in the group however long calls take. A pause takes effect
 * at the next poll, so up to one poll's records ({@code max-poll-records}) may come on top.
 */
class Backpressure {

    private final KafkaListenerEndpointRegistry registry;
    private final String listenerId;
    private final int total;
    private final int perPartition;
    private final IntSupplier held;
    private final ToIntFunction<TopicPartition> heldOf;
    private final Set<TopicPartition> paused = new HashSet<>();

    Backpressure(KafkaListenerEndpointRegistry registry, String listenerId, int total, int perPartition,
                 IntSupplier held, ToIntFunction<TopicPartition> heldOf) {
        this.registry = registry;
        this.listenerId = listenerId;
        this.total = total;
        this.perPartition = perPartition;
        this.held = held;
        this.heldOf = heldOf;
    }

    /** Makes the backpressure of a dispatcher from its counts of calls held. */
    @FunctionalInterface
    interface Factory {
        Backpressure create(IntSupplier held, ToIntFunction<TopicPartition> heldOf);
    }

    synchronized void check(TopicPartition partition) {
        MessageListenerContainer container = registry.getListenerContainer(listenerId);
        if (container == null) {
            return;
        }
        int running = held.getAsInt();
        if (running >= total && !container.isPauseRequested()) {
            container.pause();
        } else if (running <= resumeAt(total) && container.isPauseRequested()) {
            container.resume();
        }
        int ofPartition = heldOf.applyAsInt(partition);
        if (ofPartition >= perPartition && paused.add(partition)) {
            container.pausePartition(partition);
        } else if (ofPartition <= resumeAt(perPartition) && paused.remove(partition)) {
            container.resumePartition(partition);
        }
    }

    /** Lifts the pauses of partitions this worker no longer holds, so they are not paused if they come back. */
    synchronized void forget(Collection<TopicPartition> partitions) {
        MessageListenerContainer container = registry.getListenerContainer(listenerId);
        if (container == null) {
            return;
        }
        for (TopicPartition partition : partitions) {
            if (paused.remove(partition)) {
                container.resumePartition(partition);
            }
        }
    }

    private static int resumeAt(int limit) {
        return limit - Math.max(1, limit / 4);
    }
}
