package dev.dakora.common.event;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Golden files pin the wire form of every event: a renamed field or kind breaks this test, not a
 * running pipeline whose roles were deployed at different versions.
 */
class EventJsonTest {

    private static final Map<Class<?>, Class<?>> STREAM_OF = Map.of(
            JobSubmitted.class, JobCommand.class, JobCancelled.class, JobCommand.class,
            BatchSubmitted.class, JobCommand.class, RenderCompleted.class, RenderEvent.class,
            RenderFailed.class, RenderEvent.class, ModelCallRequested.class, ModelCallRequested.class,
            ModelCallCompleted.class, ModelCallCompleted.class, JobCompleted.class, ResultEvent.class,
            BatchProgressed.class, ResultEvent.class);

    @TestFactory
    Stream<DynamicTest> should_write_every_event_as_its_golden_json() {
        return SampleEvents.all().entrySet().stream().map(sample -> DynamicTest.dynamicTest(sample.getKey(), () -> {
            JsonNode written = EventJson.mapper().readTree(EventJson.write(sample.getValue()));

            assertThat(written).isEqualTo(EventJson.mapper().readTree(golden(sample.getKey())));
        }));
    }

    @TestFactory
    Stream<DynamicTest> should_read_every_golden_json_back_as_its_event() {
        return SampleEvents.all().entrySet().stream().map(sample -> DynamicTest.dynamicTest(sample.getKey(), () -> {
            Object read = EventJson.read(golden(sample.getKey()), STREAM_OF.get(sample.getValue().getClass()));

            assertThat(read).isEqualTo(sample.getValue());
        }));
    }

    @Test
    void should_read_a_call_result_without_cached_as_not_cached_and_keep_cached_when_written() {
        String older = new String(EventJson.write(SampleEvents.all().get("model-call-completed")), StandardCharsets.UTF_8)
                .replace(",\"cached\":false", "");
        ModelCallCompleted sample = (ModelCallCompleted) SampleEvents.all().get("model-call-completed");
        ModelCallCompleted cached = new ModelCallCompleted(sample.callId(), sample.jobId(), sample.batchId(), sample.rowIndex(),
                sample.templateId(), sample.version(), sample.model(), sample.provider(), sample.status(), sample.output(),
                sample.tokensIn(), sample.tokensOut(), BigDecimal.ZERO, true, 0, null, 0, sample.inputs(),
                sample.completedAt(), null, true, null);

        assertThat(older).doesNotContain("cached");
        assertThat(EventJson.read(older.getBytes(StandardCharsets.UTF_8), ModelCallCompleted.class).cached()).isFalse();
        assertThat(EventJson.read(EventJson.write(cached), ModelCallCompleted.class).cached()).isTrue();
    }

    @Test
    void should_carry_a_template_snapshot_that_reads_back_as_the_spec() {
        JobSubmitted job = SampleEvents.jobSubmitted();

        JobSubmitted read = EventJson.read(EventJson.write(job), JobSubmitted.class);

        assertThat(read.templateSpec()).isEqualTo(job.templateSpec());
        assertThat(read.templateSpec().template()).isEqualTo("Hello {{ name }}!");
    }

    @Test
    void should_refuse_an_unknown_event_kind() {
        assertThatThrownBy(() -> EventJson.read("{\"event\":\"job.exploded\",\"job_id\":\"j\"}", JobCommand.class))
                .isInstanceOf(JacksonException.class);
    }

    @Test
    void should_refuse_an_event_that_breaks_its_rules() {
        String noJobId = "{\"event\":\"job.cancelled\",\"cancelled_at\":\"2026-11-26T10:15:30Z\"}";

        assertThatThrownBy(() -> EventJson.read(noJobId, JobCommand.class))
                .isInstanceOf(JacksonException.class)
                .hasMessageContaining("job_id is required");
    }

    @Test
    void should_ignore_fields_it_does_not_know() {
        String newer = "{\"event\":\"job.cancelled\",\"job_id\":\"j\",\"cancelled_at\":\"2026-11-26T10:15:30Z\",\"reason\":\"x\"}";

        assertThat(EventJson.read(newer, JobCommand.class)).isEqualTo(
                new JobCancelled("j", null, java.time.Instant.parse("2026-11-26T10:15:30Z")));
    }

    private static byte[] golden(String name) throws IOException {
        try (InputStream in = EventJsonTest.class.getResourceAsStream("/events/" + name + ".json")) {
            assertThat(in).as("golden file events/%s.json", name).isNotNull();
            return in.readAllBytes();
        }
    }
}
