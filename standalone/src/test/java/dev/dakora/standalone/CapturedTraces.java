package dev.dakora.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;

/** Reading the spans every role handed to {@link CapturedSpans#EXPORTER}: traces, request spans, attributes. */
final class CapturedTraces {

    static final Duration SPANS_WAIT = Duration.ofSeconds(90);

    private CapturedTraces() {
    }

    /** What a submission over HTTP made (its id) and the span of its request. */
    record Submitted(String id, SpanData request) {
    }

    /** Runs {@code submission} and returns what it made with the span of its HTTP request (a path naming {@code route}). */
    static Submitted submitted(String route, Callable<String> submission) throws Exception {
        List<String> before = serverSpans(route).stream().map(SpanData::getSpanId).toList();
        String id = submission.call();
        SpanData request = await().atMost(SPANS_WAIT).until(() -> serverSpans(route).stream()
                .filter(span -> !before.contains(span.getSpanId())).findFirst().orElse(null), Objects::nonNull);
        return new Submitted(id, request);
    }

    /** The gateway's request spans whose name (method and route, in lower case) contains {@code route}. */
    static List<SpanData> serverSpans(String route) {
        return finished().stream()
                .filter(span -> span.getKind() == SpanKind.SERVER && span.getName().toLowerCase(Locale.ROOT).contains(route))
                .toList();
    }

    static List<SpanData> finished() {
        return CapturedSpans.EXPORTER.getFinishedSpanItems();
    }

    /** The spans of the trace, once it holds a span of each of {@code names}. */
    static Trace awaitTrace(String traceId, String... names) {
        return awaitTrace(traceId, trace -> List.of(names).stream()
                .allMatch(name -> trace.any(span -> span.getName().equals(name))));
    }

    /** The spans of the trace, once they pass {@code complete}. */
    static Trace awaitTrace(String traceId, Predicate<Trace> complete) {
        return await().atMost(SPANS_WAIT).until(() -> trace(traceId), complete);
    }

    /** The spans of the trace finished so far. */
    static Trace trace(String traceId) {
        return new Trace(finished().stream().filter(span -> span.getTraceId().equals(traceId)).toList());
    }

    static String text(SpanData span, String key) {
        return span.getAttributes().get(AttributeKey.stringKey(key));
    }

    /** The spans of one trace. */
    record Trace(List<SpanData> spans) {

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
