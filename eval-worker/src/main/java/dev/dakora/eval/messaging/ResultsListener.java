package dev.dakora.eval.messaging;

import dev.dakora.common.event.ModelCallCompleted;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

import java.util.List;

/**
 * Consumes {@code dakora.call-results} a poll batch at a time. The container runs each batch in one
 * Kafka transaction: the scores, judge calls and dead letters it produces commit together with the
 * batch's consumer offsets, or not at all, so a worker killed mid-batch leaves nothing behind and the
 * batch is handled again from the start. An {@link Error} escaping a record is rethrown as an
 * exception: the batch rolls back and is retried instead of stopping the consumer for good.
 */
final class ResultsListener {

    private final ResultRecordHandler handler;

    ResultsListener(ResultRecordHandler handler) {
        this.handler = handler;
    }

    @KafkaListener(id = "eval-worker", idIsGroup = false,
            topics = "#{T(dev.dakora.common.event.Topics).CALL_RESULTS.name()}", batch = "true")
    void onResults(List<ConsumerRecord<String, ModelCallCompleted>> records) {
        for (ConsumerRecord<String, ModelCallCompleted> record : records) {
            try {
                handler.handle(record);
            } catch (Error e) {
                throw new IllegalStateException("handling " + record.topic() + "-" + record.partition() + "@"
                        + record.offset() + " failed: " + e, e);
            }
        }
    }
}
