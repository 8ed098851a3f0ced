package dev.dakora.llm.lane;

import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.EventJson;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.event.Topics;
import dev.dakora.llm.LlmWorkerApplication;
import dev.dakora.testsupport.FakeOpenAiBatches;
import dev.dakora.testsupport.TopicTail;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The worker application with its batch lane on an embedded KRaft broker: calls held in {@code dakora.lane}
 * are acknowledged, survive the worker, and a new worker finishes them from the provider's batch.
 */
@EmbeddedKafka(partitions = 6)
class LaneKafkaTest {

    private static final String GROUP = "lane-test";

    @Test
    void should_acknowledge_held_calls_and_finish_them_in_a_new_worker_without_resubmitting_when_the_first_one_stops()
            throws Exception {
        EmbeddedKafkaBroker broker = EmbeddedKafkaCondition.getBroker();
        try (FakeOpenAiBatches openAi = new FakeOpenAiBatches("validating", "in_progress", "completed");
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                     broker.getBrokersAsString()), new StringSerializer(), new ByteArraySerializer());
             TopicTail results = new TopicTail(broker.getBrokersAsString(), Topics.CALL_RESULTS.name())) {
            // given: a worker that has submitted four batch-lane calls of one job; the batch still runs
            openAi.pause(true);
            List<ModelCallRequested> calls = IntStream.range(0, 4)
                    .mapToObj(i -> LaneRig.call("job-lane", "openai/gpt-4o-mini", "prompt " + i)).toList().stream()
                    .map(call -> new ModelCallRequested(call.callId().replace(":0", ":" + call.prompt().charAt(7)),
                            call.jobId(), call.batchId(), call.rowIndex(), call.prompt().charAt(7) - '0', call.templateId(),
                            call.version(), call.model(), call.prompt(), call.params(), call.inputs(), call.requestedAt()))
                    .toList();
            ConfigurableApplicationContext first = worker(broker, openAi);
            int partition = -1;
            for (ModelCallRequested call : calls) {
                partition = producer.send(new ProducerRecord<>(Topics.MODEL_CALLS.name(), call.jobId(), EventJson.write(call)))
                        .get().partition();
            }
            TopicPartition calledOn = new TopicPartition(Topics.MODEL_CALLS.name(), partition);
            await().atMost(Duration.ofSeconds(60)).until(() -> openAi.created() == 1);
            await().atMost(Duration.ofSeconds(30)).until(() -> committed(broker, calledOn) == 4);
            assertThat(results.drain(Duration.ofMillis(500))).isEmpty();

            // when: it stops; another worker takes its partitions and the provider finishes the batch
            first.close();
            openAi.pause(false);
            try (ConfigurableApplicationContext second = worker(broker, openAi)) {
                // then
                List<ConsumerRecord<String, String>> seen = results.until(records -> records.size() >= 4);
                List<ModelCallCompleted> published = seen.stream()
                        .map(record -> EventJson.read(record.value(), ModelCallCompleted.class)).toList();
                assertThat(published).extracting(ModelCallCompleted::callId)
                        .containsExactlyInAnyOrderElementsOf(calls.stream().map(ModelCallRequested::callId).toList());
                assertThat(published).allSatisfy(result -> {
                    assertThat(result.status()).isEqualTo(CallStatus.SUCCEEDED);
                    assertThat(result.output()).startsWith("answer: prompt ");
                });
                assertThat(seen).allSatisfy(record -> assertThat(record.key()).isEqualTo("job-lane"));
                assertThat(openAi.created()).isEqualTo(1);
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> second.getBean(BatchLane.class).held() == 0);
            }
        }
    }

    private static ConfigurableApplicationContext worker(EmbeddedKafkaBroker broker, FakeOpenAiBatches openAi) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.kafka.bootstrap-servers", broker.getBrokersAsString());
        properties.put("dakora.llm.kafka.group-id", GROUP);
        properties.put("dakora.llm.providers.openai.base-url", openAi.baseUrl());
        properties.put("OPENAI_API_KEY", LaneRig.OPENAI_KEY);
        properties.put("dakora.llm.lane.poll-interval", "100ms");
        properties.put("dakora.llm.lane.max-wait", "300ms");
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(LlmWorkerApplication.class).run(args);
    }

    private static long committed(EmbeddedKafkaBroker broker, TopicPartition partition) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
            OffsetAndMetadata offset = admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get().get(partition);
            return offset == null ? -1 : offset.offset();
        }
    }
}
