package dev.dakora.llm.messaging;

import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.EventJson;
import dev.dakora.common.event.JobCancelled;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.event.Topics;
import dev.dakora.llm.LlmWorkerApplication;
import dev.dakora.llm.domain.Cancellations;
import dev.dakora.llm.support.Calls;
import dev.dakora.testsupport.FakeOpenAiProvider;
import dev.dakora.testsupport.Reply;
import dev.dakora.testsupport.TopicTail;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The worker application against an embedded KRaft broker and a fake OpenAI server. */
@EmbeddedKafka(partitions = 6)
class LlmWorkerKafkaTest {

    private static final String GROUP = "llm-worker-test";

    private static EmbeddedKafkaBroker broker;
    private static FakeOpenAiProvider openAi;
    private static ConfigurableApplicationContext worker;
    private static KafkaProducer<String, byte[]> producer;

    @BeforeAll
    static void start() throws Exception {
        broker = EmbeddedKafkaCondition.getBroker();
        openAi = FakeOpenAiProvider.start();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
                new StringSerializer(), new ByteArraySerializer());
        worker = startWorker();
    }

    @AfterAll
    static void stop() {
        worker.close();
        producer.close();
        openAi.close();
    }

    static ConfigurableApplicationContext startWorker() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.kafka.bootstrap-servers", broker.getBrokersAsString());
        properties.put("dakora.llm.kafka.group-id", GROUP);
        properties.put("dakora.llm.kafka.concurrency", 3);
        properties.put("dakora.llm.providers.openai.base-url", openAi.baseUrl());
        properties.put("OPENAI_API_KEY", Calls.generatedKey());
        properties.put("dakora.llm.limits.default.initial-backoff", "50ms");
        properties.put("dakora.llm.echo.latency", "20ms");
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(LlmWorkerApplication.class).run(args);
    }

    private static RecordMetadata send(String topic, String key, byte[] value) throws Exception {
        return producer.send(new ProducerRecord<>(topic, key, value)).get();
    }

    private static RecordMetadata send(ModelCallRequested call) throws Exception {
        return send(Topics.MODEL_CALLS.name(), call.jobId(), EventJson.write(call));
    }

    private static long committed(TopicPartition partition) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
            OffsetAndMetadata offset = admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get().get(partition);
            return offset == null ? -1 : offset.offset();
        }
    }

    private static Map<String, ModelCallCompleted> byCallId(List<ConsumerRecord<String, String>> records, String jobPrefix) {
        return records.stream()
                .map(record -> EventJson.read(record.value(), ModelCallCompleted.class))
                .filter(result -> result.jobId().startsWith(jobPrefix))
                .collect(Collectors.toMap(ModelCallCompleted::callId, Function.identity(), (a, b) -> a));
    }

    @Test
    void should_publish_one_result_per_call_keyed_by_job_when_calls_arrive() throws Exception {
        // given
        String job = "job-" + UUID.randomUUID();
        List<ModelCallRequested> calls = List.of(
                Calls.request(job, "echo", "Hello Ada"),
                Calls.request(job, "openai/gpt-4o-mini", "Hello Ada"),
                Calls.request(job, "mistral/large", "Hello Ada"));

        // when
        for (ModelCallRequested call : calls) {
            send(call);
        }

        // then
        try (TopicTail results = new TopicTail(broker.getBrokersAsString(), Topics.CALL_RESULTS.name())) {
            List<ConsumerRecord<String, String>> records = results.until(seen -> byCallId(seen, job).size() == 3);
            Map<String, ModelCallCompleted> byCall = byCallId(records, job);
            assertThat(byCall.get(job + ":echo:0").output()).isEqualTo("Hello Ada");
            assertThat(byCall.get(job + ":openai/gpt-4o-mini:0").status()).isEqualTo(CallStatus.SUCCEEDED);
            assertThat(byCall.get(job + ":openai/gpt-4o-mini:0").costUsd()).isNotNull();
            assertThat(byCall.get(job + ":mistral/large:0").status()).isEqualTo(CallStatus.FAILED);
            assertThat(records.stream().filter(r -> r.value().contains(job))).allSatisfy(r -> assertThat(r.key()).isEqualTo(job));
        }
    }

    @Test
    void should_not_hold_later_calls_back_nor_commit_past_a_slow_call_when_one_is_slow() throws Exception {
        // given: the next provider request takes 3 s; echo calls of the same job (same partition) follow it.
        // 3 s stays under the revoke grace (5 s): a rebalance while it runs (another consumer of the group
        // joining) lets it finish instead of handing it, still unanswered, to the partition's next owner
        openAi.then(Reply.ok("slow answer", 10, 5).after(Duration.ofSeconds(3)));
        String job = "job-" + UUID.randomUUID();
        ModelCallRequested slow = Calls.request(job, "openai/gpt-4o-mini", "slow");

        // when
        RecordMetadata slowRecord = send(slow);
        send(Calls.request(job, "echo", "fast", 0));
        RecordMetadata last = send(Calls.request(job, "echo", "fast", 1));

        // then: the fast results come while the slow call runs, and the commit stays at or before it
        TopicPartition partition = new TopicPartition(slowRecord.topic(), slowRecord.partition());
        try (TopicTail results = new TopicTail(broker.getBrokersAsString(), Topics.CALL_RESULTS.name())) {
            Map<String, ModelCallCompleted> fast = byCallId(results.until(seen -> byCallId(seen, job).size() >= 2), job);
            assertThat(fast).containsOnlyKeys(job + ":echo:0", job + ":echo:1");
            assertThat(committed(partition)).isLessThanOrEqualTo(slowRecord.offset());
            assertThat(byCallId(results.until(seen -> byCallId(seen, job).size() == 3), job).get(slow.callId()).output())
                    .isEqualTo("slow answer");
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> committed(partition) == last.offset() + 1);
    }

    @Test
    void should_send_a_poison_record_to_the_dead_letter_topic_and_go_on_when_a_record_is_unreadable() throws Exception {
        // given: the poison record and a good one behind it on the same partition (same key)
        String job = "job-" + UUID.randomUUID();
        byte[] poison = ("{\"not\":\"a model call\",\"job\":\"" + job + "\"}").getBytes(StandardCharsets.UTF_8);

        // when
        send(Topics.MODEL_CALLS.name(), job, poison);
        send(Calls.request(job, "echo", "after the poison"));

        // then
        try (TopicTail deadLetters = new TopicTail(broker.getBrokersAsString(), Topics.MODEL_CALLS.deadLetter());
             TopicTail results = new TopicTail(broker.getBrokersAsString(), Topics.CALL_RESULTS.name())) {
            deadLetters.until(seen -> seen.stream().anyMatch(r -> r.value().contains(job)));
            Map<String, ModelCallCompleted> byCall = byCallId(results.until(seen -> byCallId(seen, job).size() == 1), job);
            assertThat(byCall.get(job + ":echo:0").output()).isEqualTo("after the poison");
        }
    }

    @Test
    void should_drop_unsent_calls_as_cancelled_when_their_job_was_cancelled() throws Exception {
        // given
        String job = "job-" + UUID.randomUUID();
        send(Topics.JOBS.name(), job, EventJson.write(new JobCancelled(job, null, java.time.Instant.now())));
        Cancellations cancellations = worker.getBean(Cancellations.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> cancellations.isCancelled(job));
        int requestsBefore = openAi.requests().size();

        // when
        for (int sample = 0; sample < 3; sample++) {
            send(Calls.request(job, "openai/gpt-4o-mini", "never sent", sample));
        }

        // then
        try (TopicTail results = new TopicTail(broker.getBrokersAsString(), Topics.CALL_RESULTS.name())) {
            Map<String, ModelCallCompleted> byCall = byCallId(results.until(seen -> byCallId(seen, job).size() == 3), job);
            assertThat(byCall.values()).allSatisfy(result -> {
                assertThat(result.status()).isEqualTo(CallStatus.CANCELLED);
                assertThat(result.error()).isEqualTo("cancelled");
            });
        }
        assertThat(openAi.requests()).hasSize(requestsBefore);
    }

    @Test
    void should_share_the_partitions_and_complete_every_call_once_when_two_instances_run() throws Exception {
        // given: a second instance in the same group, both holding partitions
        try (ConfigurableApplicationContext second = startWorker()) {
            await().atMost(Duration.ofSeconds(60)).until(() -> assigned(worker) > 0 && assigned(second) > 0
                    && assigned(worker) + assigned(second) == 6);
            String prefix = "job-" + UUID.randomUUID();

            // when: 200 calls over 40 jobs
            List<ModelCallRequested> calls = IntStream.range(0, 200)
                    .mapToObj(i -> Calls.request(prefix + "-" + (i % 40), "echo", "call " + i, i / 40))
                    .toList();
            for (ModelCallRequested call : calls) {
                send(call);
            }

            // then
            try (TopicTail results = new TopicTail(broker.getBrokersAsString(), Topics.CALL_RESULTS.name())) {
                results.until(seen -> byCallId(seen, prefix).size() == 200);
                List<ConsumerRecord<String, String>> all = results.drain(Duration.ofSeconds(2));
                long published = all.stream().filter(r -> r.key().startsWith(prefix)).count();
                assertThat(published).isEqualTo(200);
                assertThat(byCallId(all, prefix).keySet())
                        .isEqualTo(calls.stream().map(ModelCallRequested::callId).collect(Collectors.toSet()));
            }
        }
    }

    private static int assigned(ConfigurableApplicationContext context) {
        Set<String> topics = Set.of(Topics.MODEL_CALLS.name());
        return context.getBean(KafkaListenerEndpointRegistry.class).getListenerContainers().stream()
                .map(MessageListenerContainer::getAssignedPartitions)
                .filter(partitions -> partitions != null)
                .flatMap(partitions -> partitions.stream())
                .filter(partition -> topics.contains(partition.topic()))
                .mapToInt(partition -> 1)
                .sum();
    }
}
