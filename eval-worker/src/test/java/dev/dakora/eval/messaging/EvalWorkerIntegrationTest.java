package dev.dakora.eval.messaging;

import dev.dakora.common.event.CallScored;
import dev.dakora.common.event.EvalContext;
import dev.dakora.common.event.EventJson;
import dev.dakora.common.event.ExperimentDefined;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.common.event.Topics;
import dev.dakora.common.event.kafka.EventSerde;
import dev.dakora.eval.support.Experiments;
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
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.dakora.eval.support.Experiments.contains;
import static dev.dakora.eval.support.Experiments.judge;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(properties = {
        "dakora.eval-worker.topics.partitions=2",
        "dakora.eval-worker.retry.initial-interval=50ms",
        "dakora.eval-worker.retry.max-interval=500ms"})
@EmbeddedKafka(bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class EvalWorkerIntegrationTest {

    @TestConfiguration
    static class DieAfterPublishing {

        @Bean
        KafkaTemplate<Object, Object> kafkaTemplate(ProducerFactory<Object, Object> producerFactory) {
            return new CrashingTemplate(producerFactory);
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    private EmbeddedKafkaBroker broker;

    @Autowired
    private KafkaListenerEndpointRegistry registry;

    @RegisterExtension
    static final RawProducer producer = new RawProducer();

    @Test
    void should_publish_one_score_per_evaluated_call_and_ignore_calls_outside_experiments() throws Exception {
        // given
        define(Experiments.defined("exp-plain", List.of(contains("Paris"))));

        // when
        publish(Experiments.result("exp-plain", "plain-1", 1, "Paris"));
        publish(Experiments.result("exp-plain", "plain-2", 2, "Lyon"));
        publish(Experiments.result("exp-plain", "plain-3", 3, "Paris").withEval(null));

        // then
        await().atMost(WAIT).untilAsserted(() -> assertThat(scores("exp-plain")).hasSize(2));
        assertThat(scores("exp-plain")).extracting(CallScored::callId, CallScored::passed)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("plain-1:echo:0", true),
                        org.assertj.core.groups.Tuple.tuple("plain-2:echo:0", false));
    }

    @Test
    void should_leave_a_call_of_a_judge_free_experiment_to_the_log_sink_and_score_the_next_call() throws Exception {
        // given: both results on one partition (same key), the judge-free one first
        define(Experiments.defined("exp-free", List.of(contains("Paris"))));
        define(Experiments.defined("exp-after", List.of(contains("Paris"))));

        // when
        publish(Experiments.result("exp-free", "mixed-1", 1, "Paris").withEval(EvalContext.of("exp-free", 1, "Paris", true)));
        publish(Experiments.result("exp-after", "mixed-1", 1, "Paris"));

        // then
        await().atMost(WAIT).untilAsserted(() -> assertThat(scores("exp-after")).hasSize(1));
        assertThat(scores("exp-free")).isEmpty();
    }

    @Test
    void should_ask_the_judge_and_fold_its_answer_into_the_one_score_of_the_call() throws Exception {
        // given
        define(Experiments.defined("exp-judged", List.of(contains("Paris"), judge("echo"))));
        publish(Experiments.result("exp-judged", "judged-1", 1, "Paris"));

        // when: the judge call is answered as the LLM worker would
        await().atMost(WAIT).untilAsserted(() -> assertThat(judgeCalls("judged-1:judge")).hasSize(1));
        ModelCallRequested judgeCall = judgeCalls("judged-1:judge").getFirst();
        publish(Experiments.answer(judgeCall, "{\"score\": 0.8, \"reason\": \"right\"}", new BigDecimal("0.0005")));

        // then
        await().atMost(WAIT).untilAsserted(() -> assertThat(scores("exp-judged")).hasSize(1));
        CallScored score = scores("exp-judged").getFirst();
        assertThat(judgeCall.callId()).isEqualTo("judged-1:echo:0:judge:1");
        assertThat(score.callId()).isEqualTo("judged-1:echo:0");
        assertThat(score.passed()).isTrue();
        assertThat(score.judgeCostUsd()).isEqualByComparingTo("0.0005");
        assertThat(score.assertions().get(1)).containsEntry("score", 0.8);
        assertThat(judgeCalls("judged-1:judge")).hasSize(1);
    }

    @Test
    void should_expose_exactly_one_score_and_one_judge_call_when_the_worker_dies_after_publishing_them() throws Exception {
        // given
        define(Experiments.defined("exp-crash", List.of(judge("echo"))));

        // when: the first judge call and the first score each reach the broker in a transaction that never commits
        publish(Experiments.result("exp-crash", "crash-1", 1, "Paris"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(judgeCalls("crash-1:judge")).hasSize(1));
        publish(Experiments.answer(judgeCalls("crash-1:judge").getFirst(), "PASS", BigDecimal.ZERO));

        // then
        await().atMost(WAIT).untilAsserted(() -> assertThat(scores("exp-crash")).hasSize(1));
        assertThat(judgeCalls("crash-1:judge")).hasSize(1);
        assertThat(everyAttempt(Topics.SCORES.name(), "crash-1")).as("the aborted score reached the broker").hasSize(2);
        assertThat(everyAttempt(Topics.MODEL_CALLS.name(), "crash-1:judge")).as("the aborted judge call too").hasSize(2);
    }

    @Test
    void should_score_nothing_again_when_the_consumer_restarts() throws Exception {
        // given: two calls scored
        define(Experiments.defined("exp-restart", List.of(contains("Paris"))));
        publish(Experiments.result("exp-restart", "restart-1", 1, "Paris"));
        publish(Experiments.result("exp-restart", "restart-2", 2, "Paris"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(scores("exp-restart")).hasSize(2));

        // when: the worker's consumer stops and starts again, and one more call comes
        MessageListenerContainer container = registry.getListenerContainer("eval-worker");
        container.stop();
        publish(Experiments.result("exp-restart", "restart-3", 3, "Paris"));
        container.start();

        // then
        await().atMost(WAIT).untilAsserted(() -> assertThat(scores("exp-restart")).hasSize(3));
        Thread.sleep(1000);
        assertThat(scores("exp-restart")).extracting(CallScored::callId)
                .containsExactlyInAnyOrder("restart-1:echo:0", "restart-2:echo:0", "restart-3:echo:0");
    }

    @Test
    void should_dead_letter_a_result_of_an_unknown_experiment_or_an_unreadable_record_and_score_the_next() throws Exception {
        // given
        define(Experiments.defined("exp-after-dlt", List.of(contains("Paris"))));
        byte[] poison = "{not a result".getBytes(StandardCharsets.UTF_8);

        // when
        producer.send(new ProducerRecord<>(Topics.CALL_RESULTS.name(), 0, "dlt-poison", poison)).get();
        producer.send(new ProducerRecord<>(Topics.CALL_RESULTS.name(), 0, "dlt-unknown",
                EventJson.write(Experiments.result("exp-never-defined", "dlt-unknown", 1, "Paris")))).get();
        producer.send(new ProducerRecord<>(Topics.CALL_RESULTS.name(), 0, "dlt-after",
                EventJson.write(Experiments.result("exp-after-dlt", "dlt-after", 1, "Paris")))).get();

        // then
        await().atMost(WAIT).untilAsserted(() -> assertThat(scores("exp-after-dlt")).hasSize(1));
        assertThat(deadLetters("dlt-poison")).singleElement().satisfies(r -> assertThat(r.value()).isEqualTo(poison));
        assertThat(deadLetters("dlt-unknown")).singleElement().satisfies(r -> assertThat(new String(
                r.headers().lastHeader("kafka_dlt-exception-message").value(), StandardCharsets.UTF_8))
                .contains("unknown experiment exp-never-defined"));
        assertThat(scores("exp-never-defined")).isEmpty();
    }

    @Test
    void should_score_a_result_whose_scoring_fails_as_an_evaluation_error_and_score_the_next() throws Exception {
        // given: an experiment whose definition cannot be compiled, and one that can
        define(Experiments.defined("exp-uncompilable", List.of(Map.of("type", "contians", "value", "x"))));
        define(Experiments.defined("exp-fine", List.of(contains("Paris"))));
        byte[] unreadable = new String(EventJson.write(Experiments.result("exp-fine", "bad-json", 1, "Paris")),
                StandardCharsets.UTF_8).replace("\"succeeded\"", "\"exploded\"").getBytes(StandardCharsets.UTF_8);

        // when
        publish(Experiments.result("exp-uncompilable", "uncompilable-1", 1, "Paris"));
        producer.send(new ProducerRecord<>(Topics.CALL_RESULTS.name(), "bad-json", unreadable)).get();
        publish(Experiments.result("exp-fine", "fine-1", 2, "Paris"));

        // then: each evaluated call has its one score; the unreadable record is kept in the dead letter topic too
        await().atMost(WAIT).untilAsserted(() -> assertThat(scores("exp-fine")).hasSize(2));
        await().atMost(WAIT).untilAsserted(() -> assertThat(scores("exp-uncompilable")).hasSize(1));
        assertThat(scores("exp-uncompilable").getFirst().assertions()).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("type", "evaluation-error").extractingByKey("reason").asString().contains("cannot be compiled"));
        assertThat(scores("exp-fine")).filteredOn(score -> score.callId().equals("bad-json:echo:0")).singleElement()
                .satisfies(score -> assertThat(score.assertions().getFirst()).containsEntry("type", "evaluation-error"));
        assertThat(scores("exp-fine")).filteredOn(score -> score.callId().equals("fine-1:echo:0")).singleElement()
                .satisfies(score -> assertThat(score.passed()).isTrue());
        assertThat(deadLetters("bad-json")).hasSize(1);
    }

    private static void define(ExperimentDefined definition) throws Exception {
        producer.send(new ProducerRecord<>(Topics.EXPERIMENTS.name(), definition.key(), EventJson.write(definition))).get();
    }

    private static void publish(ModelCallCompleted result) throws Exception {
        producer.send(new ProducerRecord<>(Topics.CALL_RESULTS.name(), result.jobId(), EventJson.write(result))).get();
    }

    private List<CallScored> scores(String experimentId) {
        return reader().readAll(Topics.SCORES.name(), EventSerde.of(Topics.SCORES), IsolationLevel.READ_COMMITTED)
                .stream().map(ConsumerRecord::value).filter(s -> s.experimentId().equals(experimentId)).toList();
    }

    private List<ModelCallRequested> judgeCalls(String judgeJobId) {
        return reader().readAll(Topics.MODEL_CALLS.name(), EventSerde.of(Topics.MODEL_CALLS), IsolationLevel.READ_COMMITTED)
                .stream().filter(r -> r.key().equals(judgeJobId)).map(ConsumerRecord::value).toList();
    }

    private List<ConsumerRecord<String, byte[]>> everyAttempt(String topic, String key) {
        return reader().readAll(topic, new ByteArrayDeserializer(), IsolationLevel.READ_UNCOMMITTED)
                .stream().filter(r -> key.equals(r.key())).toList();
    }

    private List<ConsumerRecord<String, byte[]>> deadLetters(String key) {
        return reader().readAll(Topics.CALL_RESULTS.deadLetter(), new ByteArrayDeserializer(), IsolationLevel.READ_COMMITTED)
                .stream().filter(r -> key.equals(r.key())).toList();
    }

    private TopicReader reader() {
        return new TopicReader(broker.getBrokersAsString());
    }
}
