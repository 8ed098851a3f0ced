package dev.dakora.llm.messaging;

import dev.dakora.common.event.ModelCallRequested;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

import java.util.List;

/**
 * Takes each poll of {@code dakora.model-calls} as a batch. The calls before the first unreadable record
 * are handled; that record is then reported with its index so the error handler commits what came
 * before it, sends it to {@code dakora.model-calls-dlt} and redelivers the rest.
 */
public class ModelCallListener {

    private static final LogAccessor LOG = new LogAccessor(LogFactory.getLog(ModelCallListener.class));

    private final CallBatch batch;

    public ModelCallListener(CallBatch batch) {
        this.batch = batch;
    }

    @KafkaListener(topics = "#{T(dev.dakora.common.event.Topics).MODEL_CALLS.name()}",
            containerFactory = "modelCallsContainerFactory", batch = "true")
    void onCalls(List<ConsumerRecord<String, ModelCallRequested>> records) throws InterruptedException {
        int poison = 0;
        while (poison < records.size() && records.get(poison).value() != null) {
            poison++;
        }
        batch.process(records.subList(0, poison).stream().map(ConsumerRecord::value).toList());
        if (poison < records.size()) {
            throw new BatchListenerFailedException("unreadable model call", cause(records.get(poison)), poison);
        }
    }

    private static Exception cause(ConsumerRecord<String, ModelCallRequested> record) {
        DeserializationException e = SerializationUtils.getExceptionFromHeader(record,
                SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
        Exception cause = e != null ? e : new IllegalArgumentException("a model call record without a value");
        LOG.warn(() -> "unreadable model call at " + record.topic() + "-" + record.partition() + "@" + record.offset()
                + ", for the dead letter topic: " + cause.getMessage());
        return cause;
    }
}
