package dev.dakora.standalone;

import static dev.dakora.standalone.CapturedTraces.SPANS_WAIT;
import static dev.dakora.standalone.CapturedTraces.awaitTrace;
import static dev.dakora.standalone.CapturedTraces.finished;
import static dev.dakora.standalone.CapturedTraces.submitted;
import static dev.dakora.standalone.CapturedTraces.text;
import static dev.dakora.standalone.CapturedTraces.trace;
import static dev.dakora.standalone.PipelineFixture.ALPHA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import dev.dakora.standalone.CapturedTraces.Submitted;
import dev.dakora.standalone.CapturedTraces.Trace;
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
 * the trace context in the Kafka records' headers. The same for an experiment (its definition read by
 * the eval worker, its call, the judge call and the score) and for a batch's progress events.
 */
class CompareTracingTest {

    private static PipelineFixture fixture;
    private static Http http;
    private static TracedSubmissions submissions;

    @BeforeAll
    static void start() throws Exception {
        CapturedSpans.EXPORTER.reset();
        fixture = PipelineFixture.start(List.of("--dakora.test.capture-spans=true",
                "--management.tracing.sampling.probability=1.0"));
        http = fixture.http();
        new PipelineSteps(http).createTemplate();
        submissions = new TracedSubmissions(http);
        submissions.prepare();
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

    @Test
    void should_share_one_trace_from_the_experiment_submission_to_the_judge_call_and_the_score() throws Exception {
        // when
        SpanData request = submitted("post /api/experiments", submissions::experiment).request();

        // then
        Trace trace = awaitTrace(request.getTraceId(), t -> t.any(span -> span.getName().equals("dakora.experiment.read"))
                && scoreWritten(t));
        assertThat(request.getParentSpanContext().isValid()).as("the submission starts the trace").isFalse();
        SpanData call = trace.one(span -> span.getName().equals("chat echo") && !judgeCall(span));
        assertThat(trace.descends(call, request)).as("the evaluated call descends from the submission").isTrue();
        assertThat(trace.any(span -> span.getName().equals("dakora.experiment.read") && trace.descends(span, request)
                && !trace.descends(span, call)))
                .as("the eval worker's read of the definition continues the context in its record (the submission's), "
                        + "not that of the scoring that looked it up").isTrue();
        SpanData scoring = trace.one(span -> isEvalOf(span, call));
        assertThat(trace.descends(scoring, call)).as("scoring the call's result descends from the call").isTrue();
        SpanData judge = trace.one(CompareTracingTest::judgeCall);
        assertThat(judge.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(trace.descends(judge, scoring)).as("the judge call descends from the scoring that asked for it").isTrue();
        SpanData judged = trace.one(span -> isEvalOf(span, judge));
        assertThat(trace.descends(judged, judge)).as("folding in the judge's answer descends from the judge call").isTrue();
        assertThat(trace.any(span -> span.getName().equals("dakora.sink.write") && trace.descends(span, judged)))
                .as("the log sink's write of the score descends from the scoring that published it").isTrue();
    }

    @Test
    void should_give_a_batchs_progress_events_the_trace_of_its_submission() throws Exception {
        // when
        Submitted batch = submitted("post /api/batches", submissions::batch);

        // then
        Predicate<SpanData> progressOfBatch = span -> span.getName().equals("dakora.live-event")
                && "batch.progress".equals(text(span, "dakora.event")) && batch.id().equals(text(span, "dakora.batch_id"));
        await().atMost(SPANS_WAIT).until(() -> "completed".equals(status(batch.id()))
                && finished().stream().anyMatch(progressOfBatch));
        List<SpanData> progress = finished().stream().filter(progressOfBatch).toList();
        assertThat(progress).as("every progress event of the batch is in the trace of its submission").isNotEmpty()
                .allSatisfy(span -> assertThat(span.getTraceId()).isEqualTo(batch.request().getTraceId()));
        Trace trace = trace(batch.request().getTraceId());
        assertThat(progress).allSatisfy(span -> assertThat(trace.descends(span, batch.request())).isTrue());
    }

    /** Whether the trace holds the log sink's write of a score published after a judge call's answer. */
    private static boolean scoreWritten(Trace trace) {
        return trace.spans().stream().filter(CompareTracingTest::judgeCall)
                .flatMap(judge -> trace.spans().stream().filter(span -> isEvalOf(span, judge)))
                .anyMatch(judged -> trace.any(span -> span.getName().equals("dakora.sink.write") && trace.descends(span, judged)));
    }

    private static boolean judgeCall(SpanData span) {
        return span.getName().equals("chat echo") && String.valueOf(text(span, "dakora.call_id")).contains(":judge:");
    }

    /** Whether {@code span} is the eval worker's scoring of the result of {@code call}. */
    private static boolean isEvalOf(SpanData span, SpanData call) {
        return span.getName().equals("dakora.eval") && text(call, "dakora.call_id").equals(text(span, "dakora.call_id"));
    }

    private static String status(String batchId) throws Exception {
        Http.Response batch = http.get("/api/batches/" + batchId);
        return batch.status() == 200 ? batch.json().path("status").asString() : null;
    }

    /** Submits a compare over HTTP and returns the span of its request once it ended. */
    private static SpanData compare(String item) throws Exception {
        return submitted("compare", () -> {
            Http.Response answer = http.post("/api/templates/" + PipelineSteps.TEMPLATE + "/compare",
                    Map.of("inputs", Map.of("item", item), "models", List.of(ALPHA)));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            return item;
        }).request();
    }
}
