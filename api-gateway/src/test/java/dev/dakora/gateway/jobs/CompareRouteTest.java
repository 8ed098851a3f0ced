package dev.dakora.gateway.jobs;

import dev.dakora.common.event.CallStatus;
import dev.dakora.common.event.JobCompleted;
import dev.dakora.common.event.JobStatus;
import dev.dakora.common.event.JobSubmitted;
import dev.dakora.common.event.JobType;
import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.Topics;
import dev.dakora.gateway.support.GatewayTest;
import dev.dakora.gateway.support.TestKafka;
import dev.dakora.gateway.support.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.test.utils.ContainerTestUtils;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static dev.dakora.gateway.support.Bodies.greeting;
import static dev.dakora.gateway.support.Bodies.map;
import static dev.dakora.gateway.support.Bodies.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(properties = "dakora.compare.timeout=20s")
class CompareRouteTest extends GatewayTest {

    @Autowired
    ConcurrentMessageListenerContainer<String, byte[]> liveEventsContainer;

    @BeforeEach
    void liveFeedFollowsTheTopics() {
        ContainerTestUtils.waitForAssignment(liveEventsContainer, 2 * TestKafka.PARTITIONS);
    }

    @Test
    void should_answer_the_comparison_result_when_the_job_completes() {
        // given
        String id = createGreeting();
        CompletableFuture<EntityExchangeResult<Map>> response = compare(id, Map.of("inputs", Map.of("name", "Ada"),
                "models", List.of("echo", "openai/gpt-4o-mini"), "temperature", 0.3));
        JobSubmitted job = TopicProbe.submittedFor(id);

        // when
        ModelCallCompleted echo = new ModelCallCompleted(job.jobId() + ":echo:0", job.jobId(), null, null, id, "1.0.0",
                "echo", "echo", CallStatus.SUCCEEDED, "Hello Ada!", 3, 3, BigDecimal.ZERO, true, 7, null, 1, Map.of(), Instant.now());
        ModelCallCompleted failed = new ModelCallCompleted(job.jobId() + ":openai/gpt-4o-mini:0", job.jobId(), null, null, id,
                "1.0.0", "openai/gpt-4o-mini", "openai", CallStatus.FAILED, null, 0, 0, null, false, 30, "no API key", 1,
                Map.of(), Instant.now());
        TopicProbe.send(Topics.RESULTS.name(), job.jobId(), LiveEventsTest.completed(job.jobId(), List.of(echo, failed)));

        // then
        EntityExchangeResult<Map> result = response.join();
        assertThat(result.getStatus().value()).isEqualTo(200);
        Map<String, Object> body = map(result.getResponseBody());
        assertThat(body).containsEntry("successful_count", 1).containsEntry("failed_count", 1)
                .containsEntry("total_tokens_in", 3).containsEntry("total_time_ms", 30);
        List<?> results = (List<?>) body.get("results");
        assertThat(map(results.get(0))).containsEntry("model", "echo").containsEntry("output", "Hello Ada!").containsEntry("error", null);
        assertThat(map(results.get(1))).containsEntry("model", "openai/gpt-4o-mini").containsEntry("error", "no API key");
        assertThat(job.type()).isEqualTo(JobType.COMPARE);
        assertThat(job.params().temperature()).isEqualTo(0.3);
    }

    @Test
    void should_answer_422_with_the_job_id_when_the_job_fails_to_render() {
        // given
        String id = createGreeting();
        CompletableFuture<EntityExchangeResult<Map>> response = compare(id, Map.of("inputs", Map.of("name", "Ada"), "models", List.of("echo")));
        JobSubmitted job = TopicProbe.submittedFor(id);

        // when
        TopicProbe.send(Topics.RESULTS.name(), job.jobId(), new JobCompleted(job.jobId(), null, null, JobType.COMPARE,
                JobStatus.FAILED, id, "1.0.0", null, null, "undefined filter 'shout'", Instant.now()));

        // then
        EntityExchangeResult<Map> result = response.join();
        assertThat(result.getStatus().value()).isEqualTo(422);
        assertThat(map(result.getResponseBody())).containsEntry("job_id", job.jobId());
        assertThat((String) map(result.getResponseBody()).get("detail")).contains("undefined filter 'shout'");
    }

    @Test
    void should_answer_504_with_the_job_id_when_no_result_arrives_in_time() {
        // given
        String id = createGreeting();

        // when
        EntityExchangeResult<Map> result = compare(id, Map.of("inputs", Map.of("name", "Ada"), "models", List.of("echo"))).join();

        // then
        assertThat(result.getStatus().value()).isEqualTo(504);
        String jobId = (String) map(result.getResponseBody()).get("job_id");
        assertThat(jobId).isEqualTo(TopicProbe.submittedFor(id).jobId());
        client.get().uri("/api/jobs/{id}", jobId).exchange().expectStatus().isOk();
    }

    @Test
    void should_answer_400_and_submit_nothing_when_models_are_missing() {
        // given
        String id = createGreeting();
        long before = TopicProbe.jobRecordCount();

        // when / then
        client.post().uri("/api/templates/{id}/compare", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("inputs", Map.of("name", "Ada"))).exchange().expectStatus().isBadRequest();
        assertThat(TopicProbe.jobRecordCount()).isEqualTo(before);
    }

    private CompletableFuture<EntityExchangeResult<Map>> compare(String id, Map<String, Object> body) {
        WebTestClient patient = client.mutate().responseTimeout(Duration.ofSeconds(90)).build();
        return CompletableFuture.supplyAsync(() -> patient.post().uri("/api/templates/{id}/compare", id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectBody(Map.class).returnResult());
    }

    private String createGreeting() {
        String id = uniqueId("compare");
        client.post().uri("/api/templates").contentType(MediaType.APPLICATION_JSON).bodyValue(greeting(id))
                .exchange().expectStatus().isCreated();
        return id;
    }
}
