package dev.dakora.render.messaging;

import dev.dakora.common.event.BatchSubmitted;
import dev.dakora.common.event.JobCancelled;
import dev.dakora.common.event.JobCommand;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.event.RenderCompleted;
import dev.dakora.common.event.RenderFailed;
import dev.dakora.common.event.Topics;
import dev.dakora.common.event.kafka.EventSerde;
import dev.dakora.common.render.TemplateRenderer;
import dev.dakora.common.template.InvalidSpecException;
import dev.dakora.render.domain.JobRenderer;
import dev.dakora.render.domain.RenderOutcome;
import dev.dakora.render.support.Jobs;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.mock.MockProducerFactory;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class JobRecordHandlerTest {

    // outside a transaction the template closes its producer after each send: keep this one open to read its history
    private final MockProducer<Object, Object> producer = new MockProducer<>(true, null,
            (topic, key) -> new StringSerializer().serialize(topic, (String) key), new EventSerializer()) {
        @Override
        public void close(Duration timeout) {
        }
    };
    private final List<Exception> deadLettered = new ArrayList<>();
    private final JobRecordHandler handler = new JobRecordHandler(
            new JobRenderer(new TemplateRenderer(), Clock.systemUTC()),
            new RenderPublisher(new KafkaTemplate<>(new MockProducerFactory<>(() -> producer))),
            (record, e) -> deadLettered.add(e));

    @Test
    void should_publish_the_render_then_each_call_keyed_by_job_id_when_a_compare_job_is_submitted() {
        // when
        handler.handle(record("job-1", Jobs.compare("job-1", "echo", "echo")));

        // then
        assertThat(producer.history()).extracting(ProducerRecord::topic)
                .containsExactly(Topics.RENDERS.name(), Topics.MODEL_CALLS.name(), Topics.MODEL_CALLS.name());
        assertThat(producer.history()).extracting(ProducerRecord::key).containsOnly("job-1");
        assertThat(producer.history().get(0).value()).isInstanceOf(RenderCompleted.class);
        assertThat(producer.history().subList(1, 3)).extracting(r -> ((ModelCallRequested) r.value()).sample())
                .containsExactly(0, 1);
        assertThat(deadLettered).isEmpty();
    }

    @Test
    void should_publish_only_the_failure_when_the_job_does_not_render() {
        // when
        handler.handle(record("job-2", Jobs.withSnapshot("job-2", Jobs.compare("x", "echo").template(), "echo")));

        // then
        assertThat(producer.history()).singleElement().satisfies(sent -> {
            assertThat(sent.topic()).isEqualTo(Topics.RENDERS.name());
            assertThat(sent.value()).isInstanceOf(RenderFailed.class);
        });
        assertThat(deadLettered).isEmpty();
    }

    @Test
    void should_fail_only_that_job_with_a_message_when_its_render_runs_out_of_memory() {
        // given
        var crashing = handlerWith(new JobRenderer(new TemplateRenderer(), Clock.systemUTC()) {
            @Override
            public RenderOutcome render(dev.dakora.common.event.JobSubmitted job) {
                if (job.jobId().equals("job-oom")) {
                    throw new OutOfMemoryError("Java heap space");
                }
                return super.render(job);
            }
        });

        // when
        crashing.handle(record("job-oom", Jobs.compare("job-oom", "echo")));
        crashing.handle(record("job-next", Jobs.compare("job-next", "echo")));

        // then
        assertThat(producer.history()).extracting(ProducerRecord::topic)
                .containsExactly(Topics.RENDERS.name(), Topics.RENDERS.name(), Topics.MODEL_CALLS.name());
        assertThat(producer.history().get(0).value()).isInstanceOfSatisfying(RenderFailed.class, failed -> {
            assertThat(failed.jobId()).isEqualTo("job-oom");
            assertThat(failed.error()).contains("memory").contains("OutOfMemoryError");
        });
        assertThat(producer.history().get(1).value()).isInstanceOf(RenderCompleted.class);
        assertThat(deadLettered).isEmpty();
    }

    @Test
    void should_fail_the_job_with_the_exception_when_its_render_throws_unexpectedly() {
        // given
        var crashing = handlerWith(new JobRenderer(new TemplateRenderer(), Clock.systemUTC()) {
            @Override
            public RenderOutcome render(dev.dakora.common.event.JobSubmitted job) {
                throw new IllegalStateException("a bug");
            }
        });

        // when
        crashing.handle(record("job-bug", Jobs.compare("job-bug", "echo")));

        // then
        assertThat(producer.history()).singleElement().satisfies(sent -> assertThat(sent.value())
                .isInstanceOfSatisfying(RenderFailed.class, failed -> assertThat(failed.error())
                        .isEqualTo("render failed: unexpected IllegalStateException: a bug")));
    }

    @Test
    void should_fail_and_dead_letter_the_job_without_rendering_it_when_it_is_given_up() {
        // when
        handler.giveUp(record("job-loop", Jobs.compare("job-loop", "echo")), 3);

        // then
        assertThat(producer.history()).singleElement().satisfies(sent -> assertThat(sent.value())
                .isInstanceOfSatisfying(RenderFailed.class, failed -> assertThat(failed.error())
                        .contains("stopped the render worker 3 times")));
        assertThat(deadLettered).singleElement().satisfies(e -> assertThat(e).hasMessageContaining("3 times"));
    }

    @Test
    void should_publish_nothing_when_a_job_is_cancelled_or_a_batch_submitted() {
        // given
        Instant now = Instant.now();

        // when
        handler.handle(record("job-3", new JobCancelled("job-3", null, now)));
        handler.handle(record("batch-1", new BatchSubmitted("batch-1", "b", "greeting", "1.0.0", List.of("echo"), 2, 2, now)));

        // then
        assertThat(producer.history()).isEmpty();
        assertThat(deadLettered).isEmpty();
    }

    @Test
    void should_dead_letter_and_publish_nothing_when_the_snapshot_is_not_a_spec() {
        // when
        handler.handle(record("job-4", Jobs.withSnapshot("job-4", Map.of("id", "x"), "echo")));

        // then
        assertThat(deadLettered).singleElement().isInstanceOf(InvalidSpecException.class);
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void should_dead_letter_and_publish_nothing_when_the_bytes_are_not_a_job_command() {
        // given
        var headers = new RecordHeaders();
        Object value = new ErrorHandlingDeserializer<>(EventSerde.of(Topics.JOBS))
                .deserialize(Topics.JOBS.name(), headers, "[1,2".getBytes(StandardCharsets.UTF_8));

        // when
        handler.handle(new ConsumerRecord<>(Topics.JOBS.name(), 0, 7L, 0L, TimestampType.CREATE_TIME, 0, 0,
                "job-5", (JobCommand) value, headers, Optional.empty()));

        // then
        assertThat(value).isNull();
        assertThat(deadLettered).singleElement().satisfies(e -> assertThat(e.getCause()).hasMessageContaining("not a JobCommand"));
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void should_dead_letter_a_record_without_a_value() {
        // when
        handler.handle(record("job-6", null));

        // then
        assertThat(deadLettered).singleElement().satisfies(e -> assertThat(e).hasMessageContaining("without a value"));
        assertThat(producer.history()).isEmpty();
    }

    private JobRecordHandler handlerWith(JobRenderer renderer) {
        return new JobRecordHandler(renderer,
                new RenderPublisher(new KafkaTemplate<>(new MockProducerFactory<>(() -> producer))),
                (record, e) -> deadLettered.add(e));
    }

    private static ConsumerRecord<String, JobCommand> record(String key, JobCommand value) {
        return new ConsumerRecord<>(Topics.JOBS.name(), 0, 0L, key, value);
    }
}
