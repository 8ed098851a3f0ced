package dev.dakora.render.messaging;

import dev.dakora.common.event.EventJson;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.event.RenderEvent;
import dev.dakora.common.event.Topics;
import dev.dakora.common.event.kafka.EventSerde;
import dev.dakora.render.support.Jobs;
import dev.dakora.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** With no time budget every poll batch stops after its first record: partial commits must lose and repeat nothing. */
@SpringBootTest(properties = "dakora.render-worker.batch-time-budget=0ms")
@EmbeddedKafka(bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class BatchTimeBudgetIntegrationTest {

    @Autowired
    private EmbeddedKafkaBroker broker;

    @Test
    void should_render_every_job_exactly_once_when_each_batch_commits_only_part_of_its_records() {
        // given
        List<String> jobIds = IntStream.range(0, 20).mapToObj(i -> "budget-" + i).toList();

        // when
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.getBrokersAsString()), new StringSerializer(), new ByteArraySerializer())) {
            jobIds.forEach(id -> producer.send(new ProducerRecord<>(Topics.JOBS.name(), 1, id,
                    EventJson.write(Jobs.compare(id, "echo")))));
        }

        // then
        TopicReader reader = new TopicReader(broker.getBrokersAsString());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(reader.readAll(Topics.RENDERS.name(),
                EventSerde.of(Topics.RENDERS), IsolationLevel.READ_COMMITTED)).hasSizeGreaterThanOrEqualTo(20));
        List<String> rendered = reader.readAll(Topics.RENDERS.name(), EventSerde.of(Topics.RENDERS),
                IsolationLevel.READ_COMMITTED).stream().map(ConsumerRecord::value).map(RenderEvent::jobId).toList();
        List<String> called = reader.readAll(Topics.MODEL_CALLS.name(), EventSerde.of(Topics.MODEL_CALLS),
                IsolationLevel.READ_COMMITTED).stream().map(ConsumerRecord::value).map(ModelCallRequested::jobId).toList();
        assertThat(rendered).containsExactlyInAnyOrderElementsOf(jobIds);
        assertThat(called).containsExactlyInAnyOrderElementsOf(jobIds);
    }
}
