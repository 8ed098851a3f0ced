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
import dev.dakora.common.render.TemplateRenderer;
import dev.dakora.render.domain.JobRenderer;
import dev.dakora.render.domain.RenderOutcome;
import dev.dakora.render.support.Jobs;
import dev.dakora.testsupport.RawProducer;
import dev.dakora.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.test.context.EmbeddedKafka;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A render that throws an Error, and a record that kills the worker process again and again. */
@SpringBootTest(properties = {
        "dakora.render-worker.retry.initial-interval=50ms",
        "dakora.render-worker.retry.max-interval=500ms",
        "dakora.render-worker.restart-delay=1s"})
@EmbeddedKafka(bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class FaultIsolationIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String JOBS = Topics.JOBS.name();

    /** Renders as usual, except templates marked to run out of memory or stack. */
    @TestConfiguration
    static class ErrorThrowingRenderer {

        @Bean
        @Primary
        JobRenderer crashingJobRenderer() {
            return new JobRenderer(new TemplateRenderer(), Clock.systemUTC()) {
                @Override
                public RenderOutcome render(JobSubmitted job) {
                    String template = String.valueOf(job.template().get("template"));
                    if (template.contains("{# oom #}")) {
                        throw new OutOfMemoryError("Java heap space");
                    }
                    if (template.contains("{# deep #}")) {
                        throw new StackOverflowError();
                    }
                    return super.render(job);
                }
            };
        }
    }

    @Autowired
    private EmbeddedKafkaBroker broker;
    @Autowired
    private KafkaProperties kafka;
    @Autowired
    private KafkaListenerEndpointRegistry registry;
    @Autowired
    @Qualifier("kafkaConsumersHealthIndicator")
    private HealthIndicator consumersHealth;

    @RegisterExtension
    static final RawProducer producer = new RawProducer();

    @Test
    void should_fail_the_job_whose_render_throws_an_error_and_still_complete_the_next_job() throws Exception {
        // when
        submit(Jobs.withTemplate("err-oom", "{# oom #}Hi", Map.of(), "echo"), 1);
        submit(Jobs.withTemplate("err-deep", "{# deep #}Hi", Map.of(), "echo"), 1);
        submit(Jobs.compare("err-next", "echo"), 1);

        // then
        await().atMost(WAIT).untilAsserted(() -> assertThat(renders("err-next")).hasSize(1));
        assertThat(renders("err-oom")).singleElement().isInstanceOfSatisfying(RenderFailed.class,
                failed -> assertThat(failed.error()).contains("OutOfMemoryError"));
        assertThat(renders("err-deep")).singleElement().isInstanceOfSatisfying(RenderFailed.class,
                failed -> assertThat(failed.error()).contains("StackOverflowError"));
        assertThat(renders("err-next").getFirst()).isInstanceOf(RenderCompleted.class);
        assertThat(modelCalls("err-next")).extracting(ModelCallRequested::callId).containsExactly("err-next:echo:0");
        assertThat(modelCalls("err-oom")).isEmpty();
        assertThat(registry.getListenerContainer("render-worker").isInExpectedState()).isTrue();
    }

    @Test
    void should_fail_and_dead_letter_a_job_that_stopped_three_workers_and_render_the_ones_that_stopped_fewer()
            throws Exception {
        // given: the worker is stopped while the jobs arrive
        var container = registry.getListenerContainer("render-worker");
        container.stop();
        long innocent = submit(Jobs.compare("loop-innocent", "echo"), 3);
        long culprit = submit(Jobs.compare("loop-culprit", "echo"), 3);
        long survivor = submit(Jobs.compare("loop-survivor", "echo"), 4);

        // and: workers that died rendering them: one inside each batch, three more on the culprit
        // itself, two more on the survivor; each writes its markers, then stops without committing
        diedRendering(record(3, innocent), record(3, culprit));
        for (int death = 0; death < 3; death++) {
            diedRendering(record(3, innocent), record(3, culprit));
        }
        diedRendering(record(4, survivor));
        for (int death = 0; death < 2; death++) {
            diedRendering(record(4, survivor));
        }

        // when: a worker takes the partitions over
        container.start();
        submit(Jobs.compare("loop-after", "echo"), 3);

        // then
        await().atMost(WAIT).untilAsserted(() -> assertThat(renders("loop-after")).hasSize(1));
        assertThat(renders("loop-culprit")).singleElement().isInstanceOfSatisfying(RenderFailed.class,
                failed -> assertThat(failed.error()).contains("stopped the render worker 3 times"));
        assertThat(modelCalls("loop-culprit")).isEmpty();
        assertThat(deadLetters("loop-culprit")).singleElement().satisfies(record -> assertThat(
                ((JobSubmitted) EventJson.read(record.value(), JobCommand.class)).jobId()).isEqualTo("loop-culprit"));
        assertThat(renders("loop-innocent")).singleElement().isInstanceOf(RenderCompleted.class);
        assertThat(renders("loop-survivor")).singleElement().isInstanceOf(RenderCompleted.class);
        assertThat(deadLetters("loop-survivor")).isEmpty();
    }

    @Test
    void should_report_the_worker_down_while_its_listener_container_is_stopped_and_up_once_it_runs_again() {
        // given
        var container = registry.getListenerContainer("render-worker");
        await().atMost(WAIT).until(() -> consumersHealth.health().getStatus().equals(Status.UP));

        // when
        container.stop();
        Health stopped = consumersHealth.health();
        container.start();

        // then
        assertThat(stopped.getStatus()).isEqualTo(Status.DOWN);
        assertThat(stopped.getDetails().get("render-worker")).asString().contains("stopped");
        await().atMost(WAIT).until(() -> consumersHealth.health().getStatus().equals(Status.UP));
    }

    @Test
    void should_restart_the_container_and_render_again_when_a_consumer_stopped_abnormally() throws Exception {
        // given
        var container = (ConcurrentMessageListenerContainer<?, ?>) registry.getListenerContainer("render-worker");
        await().atMost(WAIT).until(() -> consumersHealth.health().getStatus().equals(Status.UP));
        CountDownLatch stopped = new CountDownLatch(1);

        // when
        container.getContainers().getFirst().stopAbnormally(stopped::countDown);
        assertThat(stopped.await(30, TimeUnit.SECONDS)).isTrue();
        Status whileStopped = consumersHealth.health().getStatus();
        submit(Jobs.compare("restart-after", "echo"), 0);

        // then
        assertThat(whileStopped).isEqualTo(Status.DOWN);
        await().atMost(WAIT).until(() -> consumersHealth.health().getStatus().equals(Status.UP));
        await().atMost(WAIT).untilAsserted(() -> assertThat(renders("restart-after")).hasSize(1));
        assertThat(container.isInExpectedState()).isTrue();
    }

    /** A worker process that is assigned the partition, marks its attempts as the real one does, and dies. */
    private void diedRendering(ConsumerRecord<?, ?>... batch) {
        try (AttemptLog log = new AttemptLog("dakora.render-attempts", kafka.buildProducerProperties(),
                kafka.buildConsumerProperties())) {
            RecordAttempts attempts = new RecordAttempts(log, 3);
            attempts.onPartitionsAssigned(List.of(new TopicPartition(JOBS, batch[0].partition())));
            RecordAttempts.Batch started = attempts.start(List.of(batch));
            for (ConsumerRecord<?, ?> record : batch) {
                assertThat(started.mayRender(record)).isTrue();
            }
        }
    }

    private static ConsumerRecord<String, String> record(int partition, long offset) {
        return new ConsumerRecord<>(JOBS, partition, offset, "k", "v");
    }

    private long submit(JobSubmitted job, int partition) throws Exception {
        return producer.send(new ProducerRecord<>(JOBS, partition, job.jobId(), EventJson.write(job))).get().offset();
    }

    private List<RenderEvent> renders(String jobId) {
        return reader().readAll(Topics.RENDERS.name(), EventSerde.of(Topics.RENDERS), IsolationLevel.READ_COMMITTED)
                .stream().filter(r -> r.key().equals(jobId)).map(ConsumerRecord::value).toList();
    }

    private List<ModelCallRequested> modelCalls(String jobId) {
        return reader().readAll(Topics.MODEL_CALLS.name(), EventSerde.of(Topics.MODEL_CALLS),
                IsolationLevel.READ_COMMITTED).stream().filter(r -> r.key().equals(jobId)).map(ConsumerRecord::value).toList();
    }

    private List<ConsumerRecord<String, byte[]>> deadLetters(String key) {
        return reader().readAll(Topics.JOBS.deadLetter(), new ByteArrayDeserializer(), IsolationLevel.READ_COMMITTED)
                .stream().filter(r -> key.equals(r.key())).toList();
    }

    private TopicReader reader() {
        return new TopicReader(broker.getBrokersAsString());
    }
}
