package dev.dakora.llm.messaging;

import dev.dakora.common.event.EventJson;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.event.Topics;
import dev.dakora.llm.LlmWorkerApplication;
import dev.dakora.llm.support.Calls;
import dev.dakora.testsupport.FakeOpenAiProvider;
import dev.dakora.testsupport.Reply;
import dev.dakora.llm.support.GroupMember;
import dev.dakora.testsupport.TopicTail;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
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

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Partitions changing hands between workers (a clean stop, a worker joining and leaving, a consumer
 * killed without committing) against an embedded KRaft broker and a fake OpenAI server that counts the
 * requests of each call. Every test uses the same group, so each starts from the offsets the last one
 * committed.
 */
@EmbeddedKafka(partitions = 6)
class HandOverKafkaTest {

    private static final String GROUP = "llm-hand-over-test";
    private static final String MODEL = "openai/gpt-4o-mini";

    private static EmbeddedKafkaBroker broker;
    private static FakeOpenAiProvider openAi;
    private static KafkaProducer<String, byte[]> producer;

    @BeforeAll
    static void start() throws Exception {
        broker = EmbeddedKafkaCondition.getBroker();
        openAi = FakeOpenAiProvider.start();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void stop() {
        producer.close();
        openAi.close();
    }

    private static ConfigurableApplicationContext startWorker(Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.kafka.bootstrap-servers", broker.getBrokersAsString());
        properties.put("dakora.llm.kafka.group-id", GROUP);
        properties.put("dakora.llm.providers.openai.base-url", openAi.baseUrl());
        properties.put("OPENAI_API_KEY", Calls.generatedKey());
        properties.put("dakora.llm.limits.default.initial-backoff", "50ms");
        properties.put("dakora.llm.limits.default.max-backoff", "200ms");
        properties.putAll(extra);
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(LlmWorkerApplication.class).run(args);
    }

    /** Each call's prompt names it, so the fake server's requests can be counted per call. */
    private static ModelCallRequested call(String job, int sample) {
        return Calls.request(job, MODEL, "call " + job + " " + sample, sample);
    }

    private static void send(ModelCallRequested call) throws Exception {
        producer.send(new ProducerRecord<>(Topics.MODEL_CALLS.name(), call.jobId(), EventJson.write(call))).get();
    }

    private static long requestsOf(ModelCallRequested call) {
        String content = "\"" + call.prompt() + "\"";
        return openAi.requests().stream().filter(seen -> seen.body().contains(content)).count();
    }

    private static long requestsWith(String prefix) {
        return openAi.requests().stream().filter(seen -> seen.body().contains("\"call " + prefix)).count();
    }

    /** The first result of every call of the prefix: what the log keeps, as the sink dedupes by call id. */
    private static Map<String, ModelCallCompleted> firstResults(List<ConsumerRecord<String, String>> records, String prefix) {
        return records.stream()
                .map(record -> EventJson.read(record.value(), ModelCallCompleted.class))
                .filter(result -> result.jobId().startsWith(prefix))
                .collect(Collectors.toMap(ModelCallCompleted::callId, Function.identity(), (a, b) -> a));
    }

    private static Map<String, ModelCallCompleted> awaitResults(String prefix, int count) {
        try (TopicTail results = new TopicTail(broker.getBrokersAsString(), Topics.CALL_RESULTS.name())) {
            return firstResults(results.until(seen -> firstResults(seen, prefix).size() == count), prefix);
        }
    }

    private static int assigned(ConfigurableApplicationContext context) {
        MessageListenerContainer container = context.getBean(KafkaListenerEndpointRegistry.class)
                .getListenerContainer(CallDispatcher.LISTENER_ID);
        return container == null || container.getAssignedPartitions() == null ? 0 : container.getAssignedPartitions().size();
    }

    @Test
    void should_withdraw_queued_calls_and_not_send_sent_ones_again_when_a_stopping_worker_hands_its_partitions_over()
            throws Exception {
        // given: one job (one partition), 2 slots, answers in 1 s: 2 calls sent, 10 queued
        openAi.otherwise(Reply.ok("slow", 10, 5).after(Duration.ofSeconds(1)));
        String job = "job-stop-" + UUID.randomUUID();
        List<ModelCallRequested> calls = IntStream.range(0, 12).mapToObj(sample -> call(job, sample)).toList();
        ConfigurableApplicationContext first = startWorker(Map.of("dakora.llm.limits.default.max-concurrent", 2));
        for (ModelCallRequested call : calls) {
            send(call);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> requestsWith(job) == 2);

        // when: the first worker stops while 2 calls are sent; a second one takes over
        first.close();
        long sentByFirst = requestsWith(job);
        try (ConfigurableApplicationContext second = startWorker(Map.of())) {
            Map<String, ModelCallCompleted> results = awaitResults(job, 12);

            // then: the 2 sent calls finished and were committed by the first; each call went out once
            assertThat(sentByFirst).isEqualTo(2);
            assertThat(results).hasSize(12);
            assertThat(calls).allSatisfy(call -> assertThat(requestsOf(call)).as(call.callId()).isEqualTo(1));
        } finally {
            openAi.otherwise(Reply.ok("hello from the fake", 10, 5));
        }
    }

    @Test
    void should_keep_provider_requests_within_five_percent_of_logged_attempts_when_a_worker_joins_and_leaves_mid_stream()
            throws Exception {
        // given: a 200 ms provider failing 5% of requests with 429 and 2% with 500
        openAi.otherwise(() -> {
            int roll = ThreadLocalRandom.current().nextInt(100);
            Reply reply = roll < 5 ? Reply.error(429, "slow down") : roll < 7 ? Reply.error(500, "oops") : Reply.ok("ok", 10, 5);
            return reply.after(Duration.ofMillis(200));
        });
        String prefix = "job-churn-" + UUID.randomUUID();
        List<ModelCallRequested> calls = IntStream.range(0, 600).mapToObj(i -> call(prefix + "-" + (i % 60), i / 60)).toList();
        AtomicReference<Exception> sendFailure = new AtomicReference<>();
        try (ConfigurableApplicationContext first = startWorker(Map.of())) {
            Thread sender = Thread.ofVirtual().start(() -> {
                try {
                    for (int i = 0; i < calls.size(); i++) {
                        send(calls.get(i));
                        if (i % 25 == 24) {
                            Thread.sleep(250);
                        }
                    }
                } catch (Exception e) {
                    sendFailure.set(e);
                }
            });

            // when: a second worker joins mid-stream, takes partitions, serves calls and stops again
            await().atMost(Duration.ofSeconds(60)).until(() -> requestsWith(prefix) > 50);
            try (ConfigurableApplicationContext second = startWorker(Map.of())) {
                await().atMost(Duration.ofSeconds(60)).until(() -> assigned(second) > 0 && assigned(first) < 6);
                Thread.sleep(1500);
            }
            sender.join();
            assertThat(sendFailure.get()).isNull();
            Map<String, ModelCallCompleted> results = awaitResults(prefix, calls.size());

            // then
            long requests = requestsWith(prefix);
            long attempts = results.values().stream().mapToLong(ModelCallCompleted::attempts).sum();
            System.out.printf("worker joined and left: %d provider requests for %d logged attempts (ratio %.4f), %d calls%n",
                    requests, attempts, (double) requests / attempts, calls.size());
            assertThat(results.keySet()).containsExactlyInAnyOrderElementsOf(calls.stream().map(ModelCallRequested::callId).toList());
            assertThat(attempts).isGreaterThanOrEqualTo(calls.size());
            assertThat((double) requests).isLessThanOrEqualTo(1.05 * attempts);
        } finally {
            openAi.otherwise(Reply.ok("hello from the fake", 10, 5));
        }
    }

    @Test
    void should_serve_the_partitions_of_a_killed_consumer_when_it_dies_without_committing() throws Exception {
        // given: a worker and a lean consumer in another process sharing the group, each holding partitions
        try (ConfigurableApplicationContext worker = startWorker(Map.of())) {
            await().atMost(Duration.ofSeconds(60)).until(() -> assigned(worker) == 6);
            Process member = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), GroupMember.class.getName(),
                    broker.getBrokersAsString(), GROUP, Topics.MODEL_CALLS.name())
                    .redirectErrorStream(true).start();
            AtomicReference<String> memberAssignment = new AtomicReference<>("");
            Thread.ofVirtual().start(() -> {
                try (var lines = new BufferedReader(new InputStreamReader(member.getInputStream(), StandardCharsets.UTF_8))) {
                    lines.lines().filter(line -> line.startsWith("assigned ")).forEach(memberAssignment::set);
                } catch (Exception ignored) {
                    // the process was killed
                }
            });
            try {
                await().atMost(Duration.ofSeconds(90)).until(() -> memberAssignment.get().length() > "assigned ".length()
                        && assigned(worker) < 6);
                String prefix = "job-kill-" + UUID.randomUUID();
                List<ModelCallRequested> calls = IntStream.range(0, 60).mapToObj(i -> call(prefix + "-" + i, 0)).toList();
                for (ModelCallRequested call : calls) {
                    send(call);
                }
                await().atMost(Duration.ofSeconds(30)).until(() -> requestsWith(prefix) > 0);
                long servedBefore = requestsWith(prefix);

                // when: the member is killed (SIGKILL), its records read and never committed
                Instant killed = Instant.now();
                member.destroyForcibly().waitFor();
                Map<String, ModelCallCompleted> results = awaitResults(prefix, calls.size());
                Duration recovery = Duration.between(killed, Instant.now());

                // then
                System.out.printf("partitions of a killed consumer (%s) served again after %d ms%n",
                        memberAssignment.get(), recovery.toMillis());
                assertThat(servedBefore).isLessThan(calls.size());
                assertThat(results).hasSize(calls.size());
                assertThat(calls).allSatisfy(call -> assertThat(requestsOf(call)).as(call.callId()).isEqualTo(1));
                assertThat(recovery).isLessThan(Duration.ofSeconds(60));
            } finally {
                member.destroyForcibly();
            }
        }
    }

    @Test
    void should_not_send_a_redelivered_call_again_when_its_result_is_already_published() throws Exception {
        // given: a call whose result was published by an owner that died before committing, and one without
        String job = "job-ledger-" + UUID.randomUUID();
        ModelCallRequested done = call(job, 0);
        ModelCallRequested open = call(job, 1);
        send(done);
        ModelCallCompleted earlier = new ModelCallCompleted(done.callId(), job, null, null, done.templateId(),
                done.version(), MODEL, "openai", dev.dakora.common.event.CallStatus.SUCCEEDED, "from before", 1, 1,
                null, false, 5, null, 1, done.inputs(), Instant.now());
        producer.send(new ProducerRecord<>(Topics.CALL_RESULTS.name(), job, EventJson.write(earlier))).get();
        send(open);

        // when
        try (ConfigurableApplicationContext worker = startWorker(Map.of())) {
            Map<String, ModelCallCompleted> results = awaitResults(job, 2);

            // then: only the call without a result went to the provider, and only its result was added
            assertThat(requestsOf(open)).isEqualTo(1);
            assertThat(requestsOf(done)).isZero();
            assertThat(results.get(done.callId()).output()).isEqualTo("from before");
            try (TopicTail all = new TopicTail(broker.getBrokersAsString(), Topics.CALL_RESULTS.name())) {
                List<ConsumerRecord<String, String>> records = all.until(seen -> firstResults(seen, job).size() == 2);
                records = all.drain(Duration.ofSeconds(2));
                assertThat(records.stream().map(ConsumerRecord::value).filter(Objects::nonNull)
                        .filter(value -> value.contains(done.callId()))).hasSize(1);
            }
        }
    }
}
