package dev.dakora.llm.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.tracing.KafkaTracing;
import dev.dakora.llm.support.Calls;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelPropagator;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

class CallSpansTest {

    private static final String PARENT_TRACE = "0af7651916cd43dd8448eb211c80319c";

    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();
    private final io.opentelemetry.api.trace.Tracer otel = provider.get("test");
    private final KafkaTracing tracing = new KafkaTracing(new OtelTracer(otel, new OtelCurrentTraceContext(), event -> { }),
            new OtelPropagator(ContextPropagators.create(W3CTraceContextPropagator.getInstance()), otel));

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void should_describe_a_call_with_the_genai_attributes_under_the_context_of_its_record() {
        SpanData span = traced(new CallSpans(tracing, false), CallStatus.SUCCEEDED, null);

        assertThat(span.getName()).isEqualTo("chat openai/gpt-4o-mini");
        assertThat(span.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(span.getTraceId()).isEqualTo(PARENT_TRACE);
        assertThat(span.getAttributes().get(AttributeKey.stringKey("gen_ai.operation.name"))).isEqualTo("chat");
        assertThat(span.getAttributes().get(AttributeKey.stringKey("gen_ai.request.model"))).isEqualTo("openai/gpt-4o-mini");
        assertThat(span.getAttributes().get(AttributeKey.stringKey("gen_ai.system"))).isEqualTo("openai");
        assertThat(span.getAttributes().get(AttributeKey.stringKey("gen_ai.provider.name"))).isEqualTo("openai");
        assertThat(span.getAttributes().get(AttributeKey.longKey("gen_ai.usage.input_tokens"))).isEqualTo(12L);
        assertThat(span.getAttributes().get(AttributeKey.longKey("gen_ai.usage.output_tokens"))).isEqualTo(34L);
        assertThat(span.getAttributes().get(AttributeKey.doubleKey("dakora.cost_usd"))).isEqualTo(0.0042);
        assertThat(span.getAttributes().get(AttributeKey.stringKey("dakora.job_id"))).isEqualTo("job-1");
        assertThat(span.getAttributes().get(AttributeKey.stringKey("dakora.call_id"))).isNotBlank();
        assertThat(span.getAttributes().get(AttributeKey.stringKey("error.type"))).isNull();
    }

    @Test
    void should_keep_the_prompt_and_the_output_out_of_the_span_by_default() {
        SpanData span = traced(new CallSpans(tracing, false), CallStatus.SUCCEEDED, null);

        assertThat(span.getAttributes().asMap().values())
                .noneMatch(value -> value.toString().contains("secret prompt"))
                .noneMatch(value -> value.toString().contains("secret output"));
    }

    @Test
    void should_add_the_prompt_and_the_output_when_content_capture_is_on() {
        SpanData span = traced(new CallSpans(tracing, true), CallStatus.SUCCEEDED, null);

        assertThat(span.getAttributes().get(AttributeKey.stringKey("gen_ai.prompt"))).isEqualTo("secret prompt");
        assertThat(span.getAttributes().get(AttributeKey.stringKey("gen_ai.completion"))).isEqualTo("secret output");
    }

    @Test
    void should_name_the_error_type_of_a_call_that_failed() {
        SpanData span = traced(new CallSpans(tracing, false), CallStatus.FAILED, "provider answered 500");

        assertThat(span.getAttributes().get(AttributeKey.stringKey("error.type"))).isEqualTo("failed");
    }

    private SpanData traced(CallSpans spans, CallStatus status, String error) {
        ModelCallRequested call = Calls.request("job-1", "openai/gpt-4o-mini", "secret prompt");
        ConsumerRecord<String, ModelCallRequested> record = new ConsumerRecord<>("dakora.model-calls", 0, 0, "job-1", call);
        record.headers().add("traceparent",
                ("00-" + PARENT_TRACE + "-b7ad6b7169203331-01").getBytes(StandardCharsets.UTF_8));
        Span span = spans.start(record);
        try (Tracer.SpanInScope ignored = spans.scope(span)) {
            spans.describe(new ModelCallCompleted(call.callId(), call.jobId(), null, null, call.templateId(),
                    call.version(), call.model(), "openai", status, error == null ? "secret output" : null, 12, 34,
                    new BigDecimal("0.0042"), true, 5, error, 1, call.inputs(), Instant.now()));
        } finally {
            span.end();
        }
        return exporter.getFinishedSpanItems().getFirst();
    }
}
