package dev.dakora.eval.messaging;

import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.tracing.KafkaTracing;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

import java.util.List;

/**
 * Consumes {@code dakora.call-results} a poll batch at a time. The container runs each batch in one
 * Kafka transaction: the scores, judge calls and dead letters it produces commit together with the
 * batch's consumer offsets, or not at all, so a worker killed mid-batch leaves nothing behind and the
 * batch is handled again from the start. An {@link Error} escaping a record is rethrown as an
 * exception: the batch rolls back and is retried instead of stopping the consumer for good. The
 * scoring of an experiment's call is a span ({@value #SPAN}), the child of the trace context in the
 * call result's record; what it publishes carries that span's context. Calls of no experiment and of
 * judge-free experiments (scored by the log sink) make no span.
 */
final class ResultsListener {

    static final String SPAN = "dakora.eval";

    private final ResultRecordHandler handler;
    private final KafkaTracing tracing;

    ResultsListener(ResultRecordHandler handler) {
        this(handler, KafkaTracing.NOOP);
    }

    ResultsListener(ResultRecordHandler handler, KafkaTracing tracing) {
        this.handler = handler;
        this.tracing = tracing;
    }

    @KafkaListener(id = "eval-worker", idIsGroup = false,
            topics = "#{T(dev.dakora.common.event.Topics).CALL_RESULTS.name()}", batch = "true")
    void onResults(List<ConsumerRecord<String, ModelCallCompleted>> records) {
        for (ConsumerRecord<String, ModelCallCompleted> record : records) {
            try {
                handleTraced(record);
            } catch (Error e) {
                throw new IllegalStateException("handling " + record.topic() + "-" + record.partition() + "@"
                        + record.offset() + " failed: " + e, e);
            }
        }
    }

    private void handleTraced(ConsumerRecord<String, ModelCallCompleted> record) {
        if (record.value() == null || record.value().eval() == null || record.value().eval().scoredBySink()) {
            handler.handle(record);
            return;
        }
        Span span = tracing.childOf(record.headers(), SPAN).kind(Span.Kind.CONSUMER)
                .tag("dakora.call_id", record.value().callId()).start();
        try (Tracer.SpanInScope ignored = tracing.scope(span)) {
            handler.handle(record);
        } catch (RuntimeException | Error e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }
}
