package dev.dakora.llm.messaging;

import dev.dakora.common.event.ModelCallRequested;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;

/**
 * Hands each record of {@code dakora.model-calls} to the {@link CallDispatcher}. Unreadable records never
 * reach it: the error handler sends them to {@code dakora.model-calls-dlt}.
 */
public class ModelCallListener {

    private final CallDispatcher dispatcher;

    public ModelCallListener(CallDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @KafkaListener(id = CallDispatcher.LISTENER_ID, topics = "#{T(dev.dakora.common.event.Topics).MODEL_CALLS.name()}",
            idIsGroup = false, containerFactory = "modelCallsContainerFactory")
    void onCall(ConsumerRecord<String, ModelCallRequested> record, Acknowledgment ack) {
        dispatcher.dispatch(record, ack);
    }
}
