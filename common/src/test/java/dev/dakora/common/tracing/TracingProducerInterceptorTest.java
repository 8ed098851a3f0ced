package dev.dakora.common.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelPropagator;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

class TracingProducerInterceptorTest {

    private final SdkTracerProvider provider = SdkTracerProvider.builder().build();
    private final io.opentelemetry.api.trace.Tracer otel = provider.get("test");
    private final Tracer tracer = new OtelTracer(otel, new OtelCurrentTraceContext(), event -> { });
    private final TracingProducerInterceptor<String, String> interceptor = new TracingProducerInterceptor<>(
            new KafkaTracing(tracer, new OtelPropagator(ContextPropagators.create(W3CTraceContextPropagator.getInstance()), otel)));

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void should_send_the_record_with_the_sending_threads_trace_context() {
        Span span = tracer.nextSpan().name("request").start();
        ProducerRecord<String, String> sent;

        try (Tracer.SpanInScope ignored = tracer.withSpan(span)) {
            sent = interceptor.onSend(new ProducerRecord<>("dakora.jobs", "job-1", "{}"));
        } finally {
            span.end();
        }

        assertThat(new String(sent.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8))
                .contains(span.context().traceId() + "-" + span.context().spanId());
    }

    @Test
    void should_send_the_record_unchanged_outside_any_span() {
        ProducerRecord<String, String> sent = interceptor.onSend(new ProducerRecord<>("dakora.jobs", "job-1", "{}"));

        assertThat(sent.headers().toArray()).isEmpty();
        assertThat(sent.value()).isEqualTo("{}");
    }
}
