package dev.dakora.render.messaging;

import dev.dakora.common.event.EventJson;
import dev.dakora.common.event.JobCommand;
import dev.dakora.common.event.JobSubmitted;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.event.RenderCompleted;
import dev.dakora.common.event.RenderEvent;
import dev.dakora.common.event.RenderFailed;
import dev.dakora.common.event.Topics;
import dev.dakora.common.event.kafka.EventSerde;
import dev.dakora.render.support.Jobs;
import dev.dakora.testsupport.RawProducer;
import dev.dakora.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(properties = {
        "dakora.render-worker.retry.initial-interval=50ms",
        "dakora.render-worker.retry.max-interval=500ms"})
@EmbeddedKafka(bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class RenderWorkerIntegrationTest {

    @TestConfiguration
    static class CrashMidFanOut {

        @Bean
        KafkaTemplate<Object, Object> kafkaTemplate(ProducerFactory<Object, Object> producerFactory) {
            return new CrashingTemplate(producerFactory);
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    private EmbeddedKafkaBroker broker;

    @RegisterExtension
    static final RawProducer producer = new RawProducer();

    @Test
    void should_publish_the_render_and_one_call_per_model_when_a_compare_job_is_submitted() {
        // given
        JobSubmitted job = Jobs.compare("it-compare", "echo", "gpt-4o-mini", "echo");

        // when
        submit(job, null);

        // then
        await().atMost(WAIT).untilAsserted(() -> assertThat(renders("it-compare")).hasSize(1));
        assertThat(renders("it-compare").getFirst()).isInstanceOfSatisfying(RenderCompleted.class, completed -> {
            assertThat(completed.rendered()).isEqualTo("Hello Ada!");
            assertThat(completed.callIds()).containsExactly("it-compare:echo:0", "it-compare:gpt-4o-mini:0",
                    "it-compare:echo:1");
        });
        List<ModelCallRequested> calls = modelCalls("it-compare");
        assertThat(calls).extracting(ModelCallRequested::callId)
                .containsExactly("it-compare:echo:0", "it-compare:gpt-4o-mini:0", "it-compare:echo:1");
        assertThat(calls).extracting(ModelCallRequested::prompt).containsOnly("Hello Ada!");
    }

    @Test
    void should_publish_render_failed_and_no_model_call_when_the_inputs_do_not_fit_the_template() {
        // given
        JobSubmitted job = Jobs.withSnapshot("it-missing-input", Jobs.compare("x", "echo").template(), "echo");

        // when
        submit(job, null);

        // then
        await().atMost(WAIT).untilAsserted(() -> assertThat(renders("it-missing-input")).hasSize(1));
        assertThat(renders("it-missing-input").getFirst()).isInstanceOfSatisfying(RenderFailed.class,
                failed -> assertThat(failed.error()).contains("name"));
        assertThat(modelCalls("it-missing-input")).isEmpty();
    }

    @Test
    void should_dead_letter_a_record_that_is_not_a_job_command_and_render_the_next_job() {
        // given
        byte[] poison = "{not a job".getBytes(StandardCharsets.UTF_8);

        // when
        producer.send(new ProducerRecord<>(Topics.JOBS.name(), 2, "it-poison", poison));
        submit(Jobs.compare("it-after-poison", "echo"), 2);

        // then
        await().atMost(WAIT).untilAsserted(() -> assertThat(renders("it-after-poison")).hasSize(1));
        List<ConsumerRecord<String, byte[]>> dead = deadLetters("it-poison");
        assertThat(dead).singleElement().satisfies(record -> {
            assertThat(record.value()).isEqualTo(poison);
            assertThat(new String(record.headers().lastHeader("kafka_dlt-exception-stacktrace").value(),
                    StandardCharsets.UTF_8)).contains("not a JobCommand on dakora.jobs");
        });
        assertThat(modelCalls("it-after-poison")).extracting(ModelCallRequested::callId)
                .containsExactly("it-after-poison:echo:0");
    }

    @Test
    void should_dead_letter_a_job_whose_template_snapshot_is_not_a_spec_and_render_the_next_job() {
        // given
        JobSubmitted broken = Jobs.withSnapshot("it-bad-spec", Map.of("id", "no template"), "echo");

        // when
        submit(broken, 4);
        submit(Jobs.render("it-after-bad-spec"), 4);

        // then
        await().atMost(WAIT).untilAsserted(() -> assertThat(renders("it-after-bad-spec")).hasSize(1));
        assertThat(deadLetters("it-bad-spec")).singleElement().satisfies(record -> assertThat(
                EventJson.read(record.value(), JobCommand.class)).isEqualTo(broken));
        assertThat(renders("it-bad-spec")).isEmpty();
        assertThat(modelCalls("it-bad-spec")).isEmpty();
    }

    @Test
    void should_give_downstream_the_same_call_ids_when_a_job_is_delivered_twice() {
        // given
        JobSubmitted job = Jobs.compare("it-twice", "echo", "echo");

        // when
        submit(job, null);
        submit(job, null);

        // then
        await().atMost(WAIT).untilAsserted(() -> assertThat(renders("it-twice")).hasSize(2));
        assertThat(renders("it-twice")).extracting(event -> ((RenderCompleted) event).callIds())
                .containsOnly(List.of("it-twice:echo:0", "it-twice:echo:1"));
        assertThat(modelCalls("it-twice")).extracting(ModelCallRequested::callId).hasSize(4)
                .containsOnly("it-twice:echo:0", "it-twice:echo:1");
    }

    @Test
    void should_expose_one_whole_fan_out_when_publishing_fails_between_the_render_event_and_the_model_calls() {
        // given
        JobSubmitted job = Jobs.compare("crash-1", "echo", "gpt-4o-mini");

        // when
        submit(job, null);

        // then
        await().atMost(WAIT).untilAsserted(() -> assertThat(renders("crash-1")).hasSize(1));
        assertThat(modelCalls("crash-1")).extracting(ModelCallRequested::callId)
                .containsExactly("crash-1:echo:0", "crash-1:gpt-4o-mini:0");
        List<ConsumerRecord<String, RenderEvent>> everyAttempt = reader()
                .readAll(Topics.RENDERS.name(), EventSerde.of(Topics.RENDERS), IsolationLevel.READ_UNCOMMITTED)
                .stream().filter(r -> r.key().equals("crash-1")).toList();
        assertThat(everyAttempt).as("the aborted attempt's render event reached the broker").hasSize(2);
    }

    private void submit(JobSubmitted job, Integer partition) {
        producer.send(new ProducerRecord<>(Topics.JOBS.name(), partition, job.jobId(), EventJson.write(job)));
    }

    private List<RenderEvent> renders(String jobId) {
        return reader().readAll(Topics.RENDERS.name(), EventSerde.of(Topics.RENDERS), IsolationLevel.READ_COMMITTED)
                .stream().filter(r -> r.key().equals(jobId)).map(ConsumerRecord::value).toList();
    }

    private List<ModelCallRequested> modelCalls(String jobId) {
        return reader().readAll(Topics.MODEL_CALLS.name(), EventSerde.of(Topics.MODEL_CALLS), IsolationLevel.READ_COMMITTED)
                .stream().filter(r -> r.key().equals(jobId)).map(ConsumerRecord::value).toList();
    }

    private List<ConsumerRecord<String, byte[]>> deadLetters(String key) {
        return reader().readAll(Topics.JOBS.deadLetter(), new ByteArrayDeserializer(), IsolationLevel.READ_COMMITTED)
                .stream().filter(r -> key.equals(r.key())).toList();
    }

    private TopicReader reader() {
        return new TopicReader(broker.getBrokersAsString());
    }
}
