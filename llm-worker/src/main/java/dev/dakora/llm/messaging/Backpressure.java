package dev.dakora.llm.messaging;

import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.util.function.IntSupplier;

/**
 * Pauses the model-call consumers while {@code maxInFlight} calls are running and resumes them when half
 * of those are done. Paused consumers keep polling, so they stay in the group however long calls take.
 */
class Backpressure {

    private final KafkaListenerEndpointRegistry registry;
    private final String listenerId;
    private final int maxInFlight;
    private final IntSupplier inFlight;

    Backpressure(KafkaListenerEndpointRegistry registry, String listenerId, int maxInFlight, IntSupplier inFlight) {
        this.registry = registry;
        this.listenerId = listenerId;
        this.maxInFlight = maxInFlight;
        this.inFlight = inFlight;
    }

    synchronized void check() {
        MessageListenerContainer container = registry.getListenerContainer(listenerId);
        if (container == null) {
            return;
        }
        int running = inFlight.getAsInt();
        if (running >= maxInFlight && !container.isPauseRequested()) {
            container.pause();
        } else if (running <= maxInFlight / 2 && container.isPauseRequested()) {
            container.resume();
        }
    }
}
