package dev.dakora.standalone;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Every role of a standalone started with {@code --dakora.test.capture-spans=true} hands each span it
 * ends to {@link #EXPORTER}, one in-memory exporter for the whole JVM, so that a test sees the spans of
 * all the roles a request went through. Without the property, roles capture nothing.
 */
@AutoConfiguration
@ConditionalOnProperty(name = "dakora.test.capture-spans", havingValue = "true")
public class CapturedSpans {

    static final InMemorySpanExporter EXPORTER = InMemorySpanExporter.create();

    @Bean
    SpanProcessor capturedSpansProcessor() {
        return SimpleSpanProcessor.create(EXPORTER);
    }
}
