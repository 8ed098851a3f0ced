package dev.dakora.sink.stream;

import dev.dakora.common.event.BatchProgressed;
import dev.dakora.common.event.JobStatus;
import dev.dakora.common.event.ResultEvent;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static dev.dakora.sink.support.TestEvents.batch;
import static dev.dakora.sink.support.TestEvents.compareJob;
import static dev.dakora.sink.support.TestEvents.rendered;
import static dev.dakora.sink.support.TestEvents.succeeded;
import static org.assertj.core.api.Assertions.assertThat;

/** The trace context a batch's progress events carry in their headers. */
class BatchTraceTopologyTest extends TopologyTest {

    private static final List<String> MODELS = List.of("gpt-4o-mini");
    private static final String SUBMISSION = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    private static final String OTHER = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void should_carry_the_submissions_trace_context_on_every_progress_event_of_the_batch() {
        // given: the submission in one trace, the jobs' records in another
        harness.send(batch("t1", 2, MODELS), traced(SUBMISSION));
        runJob("t1", 0, traced(OTHER));
        harness.drainRecords();

        // when
        runJob("t1", 1, traced(OTHER));

        // then
        List<TestRecord<String, ResultEvent>> progress = progressOf(harness.drainRecords());
        assertThat(progress).isNotEmpty();
        assertThat(((BatchProgressed) progress.getLast().value()).status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(progress).allSatisfy(record -> assertThat(traceparent(record.headers())).isEqualTo(SUBMISSION));
    }

    @Test
    void should_carry_a_jobs_trace_context_until_the_submission_is_seen_and_the_submissions_after() {
        // given: a job of the batch ends before its submission arrives
        runJob("t2", 0, traced(OTHER));
        List<TestRecord<String, ResultEvent>> before = progressOf(harness.drainRecords());

        // when
        harness.send(batch("t2", 2, MODELS), traced(SUBMISSION));

        // then
        assertThat(before).isNotEmpty().allSatisfy(record -> assertThat(traceparent(record.headers())).isEqualTo(OTHER));
        assertThat(progressOf(harness.drainRecords())).isNotEmpty()
                .allSatisfy(record -> assertThat(traceparent(record.headers())).isEqualTo(SUBMISSION));
    }

    @Test
    void should_carry_no_trace_context_when_no_record_of_the_batch_had_one() {
        // given
        harness.send(batch("t3", 1, MODELS));

        // when
        runJob("t3", 0, new RecordHeaders());

        // then
        List<TestRecord<String, ResultEvent>> progress = progressOf(harness.drainRecords());
        assertThat(progress).isNotEmpty();
        assertThat(progress).allSatisfy(record -> assertThat(record.headers().lastHeader("traceparent")).isNull());
    }

    private void runJob(String batchId, int row, Headers headers) {
        String jobId = batchId + "-" + row;
        harness.send(compareJob(jobId, batchId, row, MODELS), headers);
        harness.send(rendered(jobId, batchId, row, MODELS));
        harness.send(succeeded(jobId, batchId, row, MODELS.getFirst()), headers);
    }

    private static Headers traced(String traceparent) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    private static List<TestRecord<String, ResultEvent>> progressOf(List<TestRecord<String, ResultEvent>> records) {
        return records.stream().filter(record -> record.value() instanceof BatchProgressed).toList();
    }

    private static String traceparent(Headers headers) {
        Header header = headers.lastHeader("traceparent");
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
