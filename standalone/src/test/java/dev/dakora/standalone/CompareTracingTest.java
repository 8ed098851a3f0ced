package dev.dakora.standalone;

import static dev.dakora.standalone.PipelineFixture.ALPHA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One trace across the hops of a compare, in a standalone whose roles all hand their spans to one
 * in-memory exporter ({@link CapturedSpans}): the gateway's HTTP request, the render, the model call
 * (with the GenAI attributes), the log sink's write and the live event, linked parent to child through
 * the trace context in the Kafka records' headers.
 */
class CompareTracingTest {

    private static final Duration SPANS_WAIT = Duration.ofSeconds(90);

    private static PipelineFixture fixture;
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        CapturedSpans.EXPORTER.reset();
        fixture = PipelineFixture.start(List.of("--dakora.test.capture-spans=true",
                "--management.tracing.sampling.probability=1.0"));
        http = fixture.http();
        new PipelineSteps(http).createTemplate();
    }

    @AfterAll
    static void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void should_share_one_trace_from_the_http_request_to_the_live_event_when_a_compare_runs() throws Exception {
        // when
        SpanData request = compare("traced-one");

        // then
        Trace trace = awaitTrace(request.getTraceId(), "chat " + ALPHA, "dakora.sink.write", "dakora.live-event");
        assertThat(request.getParentSpanContext().isValid()).as("the request starts the trace").isFalse();
        SpanData render = trace.one(span -> span.getName().equals("dakora.render"));
        SpanData call = trace.one(span -> span.getName().equals("chat " + ALPHA));
        assertThat(trace.descends(render, request)).as("the render descends from the request").isTrue();
        assertThat(trace.descends(call, render)).as("the model call descends from the render").isTrue();
        assertThat(call.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(trace.any(span -> span.getName().equals("dakora.sink.write") && trace.descends(span, call)))
                .as("the sink's write of the call's result descends from the call").isTrue();
        assertThat(trace.any(span -> span.getName().equals("dakora.live-event") && trace.descends(span, call)
                && "call.completed".equals(span.getAttributes().get(AttributeKey.stringKey("dakora.event")))))
                .as("the live event of the call's result descends from the call").isTrue();
    }

    @Test
    void should_describe_the_model_call_with_the_genai_attributes_and_no_secret_or_prompt() throws Exception {
        // when
        SpanData request = compare("described-one");

        // then
        Trace trace = awaitTrace(request.getTraceId(), "chat " + ALPHA);
        SpanData call = trace.one(span -> span.getName().equals("chat " + ALPHA));
        assertThat(text(call, "gen_ai.operation.name")).isEqualTo("chat");
        assertThat(text(call, "gen_ai.request.model")).isEqualTo(ALPHA);
        assertThat(text(call, "gen_ai.system")).isEqualTo("fake");
        assertThat(text(call, "gen_ai.provider.name")).isEqualTo("fake");
        assertThat(call.getAttributes().get(AttributeKey.longKey("gen_ai.usage.input_tokens"))).isPositive();
        assertThat(call.getAttributes().get(AttributeKey.longKey("gen_ai.usage.output_tokens"))).isPositive();
        assertThat(call.getAttributes().get(AttributeKey.doubleKey("dakora.cost_usd"))).isPositive();
        assertThat(text(call, "dakora.call_id")).isNotBlank();
        assertThat(text(call, "dakora.job_id")).isNotBlank();
        String key = fixture.provider().acceptedKey();
        assertThat(trace.spans()).allSatisfy(span -> assertThat(span.getAttributes().asMap().values())
                .noneMatch(value -> value.toString().contains(key))
                .noneMatch(value -> value.toString().contains("Summarise item described-one")));
    }

    @Test
    void should_start_a_new_trace_for_each_compare() throws Exception {
        // given
        SpanData first = compare("first-of-two");

        // when
        SpanData second = compare("second-of-two");

        // then
        assertThat(second.getTraceId()).isNotEqualTo(first.getTraceId());
        Trace secondTrace = awaitTrace(second.getTraceId(), "chat " + ALPHA);
        Trace firstTrace = awaitTrace(first.getTraceId(), "chat " + ALPHA);
        assertThat(secondTrace.spans()).noneMatch(span -> firstTrace.spans().stream()
                .anyMatch(other -> other.getSpanId().equals(span.getSpanId())));
        assertThat(firstTrace.spans()).filteredOn(span -> span.getName().equals("chat " + ALPHA)).hasSize(1);
        assertThat(secondTrace.spans()).filteredOn(span -> span.getName().equals("chat " + ALPHA)).hasSize(1);
    }

    /** Submits a compare over HTTP and returns the span of its request once it ended. */
    private static SpanData compare(String item) throws Exception {
        List<String> before = serverSpansOfCompare().stream().map(SpanData::getSpanId).toList();
        Http.Response answer = http.post("/api/templates/" + PipelineSteps.TEMPLATE + "/compare",
                Map.of("inputs", Map.of("item", item), "models", List.of(ALPHA)));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return await().atMost(SPANS_WAIT).until(() -> serverSpansOfCompare().stream()
                .filter(span -> !before.contains(span.getSpanId())).findFirst().orElse(null), Objects::nonNull);
    }

    private static List<SpanData> serverSpansOfCompare() {
        return CapturedSpans.EXPORTER.getFinishedSpanItems().stream()
                .filter(span -> span.getKind() == SpanKind.SERVER && span.getName().contains("compare"))
                .toList();
    }

    /** The spans of the trace, once it holds a span of each of {@code names}. */
    private static Trace awaitTrace(String traceId, String... names) {
        return await().atMost(SPANS_WAIT).until(() -> new Trace(CapturedSpans.EXPORTER.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(traceId)).toList()),
                trace -> List.of(names).stream().allMatch(name -> trace.any(span -> span.getName().equals(name))));
    }

    private static String text(SpanData span, String key) {
        return span.getAttributes().get(AttributeKey.stringKey(key));
    }

    private record Trace(List<SpanData> spans) {

        boolean any(Predicate<SpanData> test) {
            return spans.stream().anyMatch(test);
        }

        SpanData one(Predicate<SpanData> test) {
            List<SpanData> matching = spans.stream().filter(test).toList();
            assertThat(matching).hasSize(1);
            return matching.getFirst();
        }

        /** Whether {@code ancestor} is on the way from {@code span} up its parents. */
        boolean descends(SpanData span, SpanData ancestor) {
            SpanData at = span;
            for (int depth = 0; at != null && depth < spans.size(); depth++) {
                String parent = at.getParentSpanId();
                if (parent.equals(ancestor.getSpanId())) {
                    return true;
                }
                at = spans.stream().filter(other -> other.getSpanId().equals(parent)).findFirst().orElse(null);
            }
            return false;
        }
    }
}
