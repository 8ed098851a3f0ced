package dev.dakora.common.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The trace context in Kafka record headers (W3C {@code traceparent}, through whatever propagation the
 * {@link Propagator} does), for the places that produce or consume records outside spring-kafka's own
 * observations: batch listeners, raw clients, work handed to other threads. A consumer starts its span
 * as the child of the context in the record's headers ({@link #childOf}); a producer writes the current
 * span's context into the record it sends ({@link #inject}). {@link #NOOP} does neither.
 */
public final class KafkaTracing {

    public static final KafkaTracing NOOP = new KafkaTracing(Tracer.NOOP, Propagator.NOOP);

    private static final Propagator.Getter<Headers> GETTER = (headers, key) -> {
        Header header = headers.lastHeader(key);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    };

    private static final Propagator.Setter<Headers> SETTER = (headers, key, value) -> {
        headers.remove(key);
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    };

    private final Tracer tracer;
    private final Propagator propagator;

    public KafkaTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** {@link #NOOP} when either is missing (tracing not on the classpath or switched off). */
    public static KafkaTracing of(Tracer tracer, Propagator propagator) {
        return tracer == null || propagator == null ? NOOP : new KafkaTracing(tracer, propagator);
    }

    public Tracer tracer() {
        return tracer;
    }

    /**
     * A span named {@code name}, not started, whose parent is the context in {@code headers}; with no
     * context there, the span the current thread is in, else a new trace.
     */
    public Span.Builder childOf(Headers headers, String name) {
        return propagator.extract(headers, GETTER).name(name);
    }

    /** Starts one span per record, each the child of its own record's context. */
    public List<Span> startEach(List<? extends Headers> headers, String name, Span.Kind kind) {
        List<Span> spans = new ArrayList<>(headers.size());
        for (Headers each : headers) {
            spans.add(childOf(each, name).kind(kind).start());
        }
        return spans;
    }

    /** Writes the context of the current span into {@code headers}, replacing any there; nothing without one. */
    public void inject(Headers headers) {
        Span current = tracer.currentSpan();
        if (current != null) {
            inject(current.context(), headers);
        }
    }

    public void inject(TraceContext context, Headers headers) {
        propagator.inject(context, headers, SETTER);
    }

    /**
     * Records that a record was read, as a span of its own ({@code name}, consumer kind, tagged {@code tag} =
     * {@code value}) that starts and ends now, the child of the context in {@code headers}: a reader that keeps
     * what it reads, with no work to trace, still shows in the record's trace.
     */
    public void received(Headers headers, String name, String tag, String value) {
        Span span = childOf(headers, name).kind(Span.Kind.CONSUMER).start();
        if (value != null) {
            span.tag(tag, value);
        }
        span.end();
    }

    /** Makes {@code span} the current thread's until the returned scope is closed. */
    public Tracer.SpanInScope scope(Span span) {
        return tracer.withSpan(span);
    }

    /** Ends every span of {@code spans}, marking each with {@code error} when there is one. */
    public static void endAll(List<Span> spans, Throwable error) {
        for (Span span : spans) {
            if (error != null) {
                span.error(error);
            }
            span.end();
        }
    }
}
