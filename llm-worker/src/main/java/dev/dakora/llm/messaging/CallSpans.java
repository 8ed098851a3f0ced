package dev.dakora.llm.messaging;

import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.tracing.KafkaTracing;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The span of one model call, the child of the trace context in its record, with the OpenTelemetry GenAI
 * attributes (operation, provider, model, token usage) and Dakora's (call, job, cost). The prompt and the
 * output are attributes only when {@code captureContent} is on; provider keys never are.
 */
public final class CallSpans {

    public static final CallSpans NOOP = new CallSpans(KafkaTracing.NOOP, false);

    private final KafkaTracing tracing;
    private final boolean captureContent;

    public CallSpans(KafkaTracing tracing, boolean captureContent) {
        this.tracing = tracing;
        this.captureContent = captureContent;
    }

    /** Starts the call's span: {@code chat <model>}, a client span. */
    Span start(ConsumerRecord<String, ModelCallRequested> record) {
        ModelCallRequested call = record.value();
        Span span = tracing.childOf(record.headers(), "chat " + call.model()).kind(Span.Kind.CLIENT)
                .tag("gen_ai.operation.name", "chat")
                .tag("gen_ai.request.model", call.model())
                .tag("dakora.call_id", call.callId())
                .tag("dakora.job_id", call.jobId())
                .start();
        if (captureContent) {
            span.tag("gen_ai.prompt", call.prompt());
        }
        return span;
    }

    Tracer.SpanInScope scope(Span span) {
        return tracing.scope(span);
    }

    /** Adds what the call's result tells to the span the current thread is in (that of {@link #start}). */
    void describe(ModelCallCompleted result) {
        Span span = tracing.tracer().currentSpan();
        if (span == null) {
            return;
        }
        if (result.provider() != null) {
            span.tag("gen_ai.system", result.provider());
            span.tag("gen_ai.provider.name", result.provider());
        }
        span.tag("gen_ai.usage.input_tokens", result.tokensIn());
        span.tag("gen_ai.usage.output_tokens", result.tokensOut());
        span.tag("dakora.status", result.status().wireName());
        span.tag("dakora.cached", Boolean.TRUE.equals(result.cached()));
        if (result.costUsd() != null) {
            span.tag("dakora.cost_usd", result.costUsd().doubleValue());
        }
        if (!result.succeeded()) {
            span.tag("error.type", result.status().wireName());
        }
        if (captureContent && result.output() != null) {
            span.tag("gen_ai.completion", result.output());
        }
    }
}
