package dev.dakora.gateway.jobs;

import dev.dakora.common.event.BatchProgressed;
import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.ComparisonResult;
import dev.dakora.common.event.EventJson;
import dev.dakora.common.event.JobCompleted;
import dev.dakora.common.event.JobStatus;
import dev.dakora.common.event.JobType;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelResult;
import dev.dakora.common.event.Topics;
import dev.dakora.gateway.support.GatewayTest;
import dev.dakora.gateway.support.SinkRows;
import dev.dakora.gateway.support.TestKafka;
import dev.dakora.gateway.support.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.test.utils.ContainerTestUtils;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.publisher.Sinks;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static dev.dakora.gateway.support.Bodies.MAP;
import static dev.dakora.gateway.support.Bodies.map;
import static dev.dakora.gateway.support.Bodies.greeting;
import static dev.dakora.gateway.support.Bodies.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LiveEventsTest extends GatewayTest {

    @LocalServerPort
    int port;

    @Autowired
    ConcurrentMessageListenerContainer<String, byte[]> liveEventsContainer;

    @BeforeEach
    void liveFeedFollowsTheTopics() {
        ContainerTestUtils.waitForAssignment(liveEventsContainer, 2 * TestKafka.PARTITIONS);
    }

    @Test
    void should_push_the_queued_state_then_call_completed_events_then_job_completed() throws InterruptedException {
        // given
        String jobId = submitCompare();
        Socket socket = Socket.open(port, "job_id=" + jobId);
        assertThat(socket.next()).containsEntry("type", "job.status").containsEntry("status", "queued");

        // when
        ModelCallCompleted first = call(jobId, "echo", "Hello Ada!");
        ModelCallCompleted second = call(jobId, "echo/loud", "HELLO ADA!");
        TopicProbe.send(Topics.CALL_RESULTS.name(), jobId, first);
        TopicProbe.send(Topics.CALL_RESULTS.name(), jobId, second);
        TopicProbe.send(Topics.RESULTS.name(), jobId, completed(jobId, List.of(first, second)));

        // then
        assertThat(socket.next()).containsEntry("type", "call.completed").containsEntry("model", "echo")
                .containsEntry("output", "Hello Ada!");
        assertThat(socket.next()).containsEntry("type", "call.completed").containsEntry("model", "echo/loud");
        Map<String, Object> done = socket.next();
        assertThat(done).containsEntry("type", "job.completed").containsEntry("status", "completed")
                .containsEntry("job_type", "compare");
        assertThat(map(done.get("result"))).containsEntry("successful_count", 2);
        assertThat(socket.closed()).isTrue();
    }

    @Test
    void should_send_the_stored_calls_and_result_first_when_the_client_connects_after_the_job_completed() throws InterruptedException {
        // given
        String jobId = uniqueId("late");
        SinkRows rows = new SinkRows(db);
        Instant at = Instant.parse("2026-05-01T00:00:00Z");
        rows.execution(jobId, null, null, "greet", "echo", "Hello Ada!", 4, null, null, at);
        rows.job(jobId, "completed", "greet", null, null, "{\"results\":[],\"successful_count\":1}", null, at);

        // when
        Socket socket = Socket.open(port, "job_id=" + jobId);

        // then
        assertThat(socket.next()).containsEntry("type", "call.completed").containsEntry("job_id", jobId)
                .containsEntry("output", "Hello Ada!").containsEntry("status", "succeeded");
        assertThat(socket.next()).containsEntry("type", "job.completed").containsEntry("status", "completed");
        assertThat(socket.closed()).isTrue();
    }

    @Test
    void should_send_the_batch_counters_then_progress_until_the_batch_is_final() throws InterruptedException {
        // given
        String batchId = uniqueId("live-batch");
        new SinkRows(db).batch(batchId, "running", 2, 1, 2, 1, BigDecimal.ZERO, Instant.now());
        Socket socket = Socket.open(port, "batch_id=" + batchId);
        assertThat(socket.next()).containsEntry("type", "batch.progress").containsEntry("completed_jobs", 1);

        // when: a member job completes first, then the batch
        String memberId = batchId + "-1";
        TopicProbe.send(Topics.RESULTS.name(), memberId, new JobCompleted(memberId, batchId, 1, JobType.COMPARE,
                JobStatus.COMPLETED, "greet", "1.0.0", "Hello Ada!", null, null, Instant.now()));
        assertThat(socket.next()).containsEntry("type", "job.completed").containsEntry("job_id", memberId);
        TopicProbe.send(Topics.RESULTS.name(), batchId, new BatchProgressed(batchId, JobStatus.COMPLETED, 2, 2, 0, 2, 2,
                BigDecimal.ZERO, 6, 6, Instant.now()));

        // then
        assertThat(socket.next()).containsEntry("type", "batch.progress").containsEntry("status", "completed")
                .containsEntry("completed_jobs", 2);
        assertThat(socket.closed()).isTrue();
    }

    @Test
    void should_close_with_a_policy_violation_when_neither_job_nor_batch_is_named() throws InterruptedException {
        // given / when
        Socket socket = Socket.open(port, "other=1");

        // then
        assertThat(socket.closed()).isTrue();
        assertThat(socket.messages).isEmpty();
    }

    private String submitCompare() {
        String id = uniqueId("live");
        client.post().uri("/api/templates").contentType(MediaType.APPLICATION_JSON).bodyValue(greeting(id))
                .exchange().expectStatus().isCreated();
        return (String) client.post().uri("/api/jobs").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("type", "compare", "template_id", id, "inputs", Map.of("name", "Ada"),
                        "models", List.of("echo", "echo/loud")))
                .exchange().expectStatus().isAccepted().expectBody(MAP).returnResult().getResponseBody().get("job_id");
    }

    private static ModelCallCompleted call(String jobId, String model, String output) {
        return new ModelCallCompleted(jobId + ":" + model + ":0", jobId, null, null, "greet", "1.0.0", model, "echo",
                CallStatus.SUCCEEDED, output, 3, 3, BigDecimal.ZERO, true, 5, null, 1, Map.of("name", "Ada"), Instant.now());
    }

    static JobCompleted completed(String jobId, List<ModelCallCompleted> calls) {
        ComparisonResult result = ComparisonResult.of(calls.stream().map(ModelResult::of).toList());
        return new JobCompleted(jobId, null, null, JobType.COMPARE, JobStatus.COMPLETED, "greet", "1.0.0", "Hello Ada!",
                result, null, Instant.now());
    }

    /** A WebSocket client that queues each text message as a JSON object. */
    record Socket(BlockingQueue<Map<String, Object>> messages, Sinks.One<Boolean> done) {

        static Socket open(int port, String query) {
            Socket socket = new Socket(new LinkedBlockingQueue<>(), Sinks.one());
            new ReactorNettyWebSocketClient()
                    .execute(URI.create("ws://localhost:" + port + "/ws/events?" + query), session -> session.receive()
                            .map(WebSocketMessage::getPayloadAsText)
                            .doOnNext(text -> socket.messages.add(EventJson.read(text, Map.class)))
                            .then())
                    .doFinally(signal -> socket.done.tryEmitValue(true))
                    .subscribe();
            return socket;
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> next() throws InterruptedException {
            Map<String, Object> message = messages.poll(60, TimeUnit.SECONDS);
            assertThat(message).as("a message within 60 s").isNotNull();
            return message;
        }

        boolean closed() {
            return Boolean.TRUE.equals(done.asMono().block(Duration.ofSeconds(30)));
        }
    }
}
