package dev.dakora.gateway.messaging;

import dev.dakora.common.event.EventJson;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ResultEvent;
import dev.dakora.common.event.Topics;
import dev.dakora.common.tracing.KafkaTracing;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.MessageListener;

/**
 * Reads {@code dakora.call-results} and {@code dakora.results} for the live feed. The gateway does not
 * own these topics: a record it cannot read is logged and skipped (the log sink dead-letters it). Each
 * event sent is a span ({@value #SPAN}), the child of the trace context in the record's headers.
 */
public class LiveEventListener implements MessageListener<String, byte[]> {

    private static final Logger log = LoggerFactory.getLogger(LiveEventListener.class);

    static final String SPAN = "dakora.live-event";

    private final LiveEvents events;
    private final KafkaTracing tracing;

    public LiveEventListener(LiveEvents events, KafkaTracing tracing) {
        this.events = events;
        this.tracing = tracing;
    }

    @Override
    public void onMessage(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return;
        }
        String topic = record.topic();
        byte[] value = record.value();
        Span span = tracing.childOf(record.headers(), SPAN).kind(Span.Kind.CONSUMER).start();
        try (Tracer.SpanInScope ignored = tracing.scope(span)) {
            LiveEvents.LiveEvent event = decode(topic, value);
            span.tag("dakora.event", event.type());
            if (event.jobId() != null) {
                span.tag("dakora.job_id", event.jobId());
            }
            if (event.batchId() != null) {
                span.tag("dakora.batch_id", event.batchId());
            }
            events.emit(event, () -> decode(topic, value));
        } catch (RuntimeException e) {
            span.error(e);
            log.warn("skipped an unreadable record at {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                    e.toString());
        } finally {
            span.end();
        }
    }

    private static LiveEvents.LiveEvent decode(String topic, byte[] value) {
        return Topics.CALL_RESULTS.name().equals(topic)
                ? LiveEventMapper.of(EventJson.read(value, ModelCallCompleted.class))
                : LiveEventMapper.of(EventJson.read(value, ResultEvent.class));
    }
}
