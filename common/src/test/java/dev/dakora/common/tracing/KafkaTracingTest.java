package dev.dakora.common.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelPropagator;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

class KafkaTracingTest {

    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();
    private final io.opentelemetry.api.trace.Tracer otel = provider.get("test");
    private final Tracer tracer = new OtelTracer(otel, new OtelCurrentTraceContext(), event -> { });
    private final KafkaTracing tracing = new KafkaTracing(tracer,
            new OtelPropagator(ContextPropagators.create(W3CTraceContextPropagator.getInstance()), otel));

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void should_write_the_current_span_as_a_w3c_traceparent_header() {
        Headers headers = new RecordHeaders();
        Span producer = tracer.nextSpan().name("produce").start();

        try (Tracer.SpanInScope ignored = tracer.withSpan(producer)) {
            tracing.inject(headers);
        } finally {
            producer.end();
        }

        String traceparent = new String(headers.lastHeader("traceparent").value(), StandardCharsets.UTF_8);
        assertThat(traceparent).isEqualTo("00-" + producer.context().traceId() + "-" + producer.context().spanId() + "-01");
    }

    @Test
    void should_write_no_header_when_no_span_is_current() {
        Headers headers = new RecordHeaders();

        tracing.inject(headers);

        assertThat(headers.toArray()).isEmpty();
    }

    @Test
    void should_replace_a_traceparent_already_in_the_headers() {
        Headers headers = new RecordHeaders();
        headers.add("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01".getBytes(StandardCharsets.UTF_8));
        Span producer = tracer.nextSpan().name("produce").start();

        try (Tracer.SpanInScope ignored = tracer.withSpan(producer)) {
            tracing.inject(headers);
        } finally {
            producer.end();
        }

        assertThat(headers.headers("traceparent")).hasSize(1);
        assertThat(new String(headers.lastHeader("traceparent").value(), StandardCharsets.UTF_8))
                .contains(producer.context().traceId());
    }

    @Test
    void should_start_the_consumer_span_as_the_child_of_the_context_in_the_headers() {
        Headers headers = new RecordHeaders();
        headers.add("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01".getBytes(StandardCharsets.UTF_8));

        tracing.childOf(headers, "consume").kind(Span.Kind.CONSUMER).start().end();

        SpanData consumed = exporter.getFinishedSpanItems().getFirst();
        assertThat(consumed.getName()).isEqualTo("consume");
        assertThat(consumed.getTraceId()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
        assertThat(consumed.getParentSpanId()).isEqualTo("b7ad6b7169203331");
    }

    @Test
    void should_start_a_new_trace_when_the_headers_hold_no_context() {
        tracing.childOf(new RecordHeaders(), "consume").start().end();

        SpanData consumed = exporter.getFinishedSpanItems().getFirst();
        assertThat(consumed.getParentSpanContext().isValid()).isFalse();
        assertThat(consumed.getTraceId()).isNotEqualTo("0af7651916cd43dd8448eb211c80319c");
    }

    @Test
    void should_start_one_span_per_record_each_in_its_own_trace_and_mark_them_failed_together() {
        Headers first = new RecordHeaders();
        first.add("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01".getBytes(StandardCharsets.UTF_8));
        Headers second = new RecordHeaders();
        second.add("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01".getBytes(StandardCharsets.UTF_8));

        List<Span> spans = tracing.startEach(List.of(first, second), "write", Span.Kind.CONSUMER);
        KafkaTracing.endAll(spans, new IllegalStateException("database down"));

        assertThat(exporter.getFinishedSpanItems()).extracting(SpanData::getTraceId)
                .containsExactlyInAnyOrder("0af7651916cd43dd8448eb211c80319c", "4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(exporter.getFinishedSpanItems()).allSatisfy(span ->
                assertThat(span.getStatus().getStatusCode()).isEqualTo(io.opentelemetry.api.trace.StatusCode.ERROR));
    }

    @Test
    void should_record_a_read_as_an_ended_consumer_span_in_the_trace_of_the_headers() {
        Headers headers = new RecordHeaders();
        headers.add("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01".getBytes(StandardCharsets.UTF_8));

        tracing.received(headers, "read", "dakora.experiment_id", "exp-1");

        SpanData read = exporter.getFinishedSpanItems().getFirst();
        assertThat(read.getName()).isEqualTo("read");
        assertThat(read.getKind()).isEqualTo(io.opentelemetry.api.trace.SpanKind.CONSUMER);
        assertThat(read.getTraceId()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
        assertThat(read.getParentSpanId()).isEqualTo("b7ad6b7169203331");
        assertThat(read.getAttributes().get(io.opentelemetry.api.common.AttributeKey.stringKey("dakora.experiment_id")))
                .isEqualTo("exp-1");
    }

    @Test
    void should_record_a_read_without_context_in_a_trace_of_its_own() {
        tracing.received(new RecordHeaders(), "read", "dakora.experiment_id", null);

        SpanData read = exporter.getFinishedSpanItems().getFirst();
        assertThat(read.getParentSpanContext().isValid()).isFalse();
        assertThat(read.getAttributes().isEmpty()).isTrue();
    }

    @Test
    void should_neither_write_nor_read_headers_when_noop() {
        Headers headers = new RecordHeaders();

        KafkaTracing.NOOP.inject(headers);
        Span span = KafkaTracing.NOOP.childOf(headers, "consume").start();
        span.end();

        assertThat(headers.toArray()).isEmpty();
        assertThat(span.isNoop()).isTrue();
        assertThat(KafkaTracing.of(null, null)).isSameAs(KafkaTracing.NOOP);
    }
}
