package dev.dakora.gateway.jobs;

import dev.dakora.common.event.JobCommand;
import dev.dakora.common.event.JobSubmitted;
import dev.dakora.common.event.JobType;
import dev.dakora.gateway.support.GatewayTest;
import dev.dakora.gateway.support.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static dev.dakora.gateway.support.Bodies.MAP;
import static dev.dakora.gateway.support.Bodies.greeting;
import static dev.dakora.gateway.support.Bodies.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

class JobSubmissionTest extends GatewayTest {

    @Test
    void should_publish_job_submitted_with_the_template_snapshot_when_inputs_are_valid() {
        // given
        String id = createGreeting();

        // when
        Map<String, Object> accepted = submit(Map.of("type", "compare", "template_id", id,
                "inputs", Map.of("name", "Ada"), "models", List.of("echo", "openai/gpt-4o-mini"),
                "params", Map.of("temperature", 0.5, "seed", 7)))
                .expectStatus().isAccepted()
                .expectHeader().value("Location", location -> assertThat(location).startsWith("/api/jobs/"))
                .expectBody(MAP).returnResult().getResponseBody();

        // then
        String jobId = (String) accepted.get("job_id");
        assertThat(accepted).containsEntry("status", "queued");
        List<JobCommand> commands = TopicProbe.commands(jobId, 1);
        assertThat(commands).singleElement().isInstanceOfSatisfying(JobSubmitted.class, job -> {
            assertThat(job.type()).isEqualTo(JobType.COMPARE);
            assertThat(job.templateSpec().template()).isEqualTo("Hello {{ name }}!");
            assertThat(job.templateSpec().version()).isEqualTo("1.0.0");
            assertThat(job.inputs()).isEqualTo(Map.of("name", "Ada"));
            assertThat(job.models()).containsExactly("echo", "openai/gpt-4o-mini");
            assertThat(job.params().temperature()).isEqualTo(0.5);
            assertThat(job.params().extra()).containsEntry("seed", 7L);
        });
    }

    @Test
    void should_answer_422_and_queue_nothing_when_inputs_fail_the_spec() {
        // given
        String id = createGreeting();
        long before = TopicProbe.jobRecordCount();

        // when
        submit(Map.of("type", "render", "template_id", id, "inputs", Map.of()))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("name");

        // then: only the valid job submitted afterwards reached the topic
        submit(Map.of("type", "render", "template_id", id, "inputs", Map.of("name", "Bo"))).expectStatus().isAccepted();
        assertThat(TopicProbe.jobRecordCount()).isEqualTo(before + 1);
        Long rows = db.sql("SELECT count(*) AS n FROM job_submissions WHERE template_id = :id").bind("id", id)
                .map(row -> row.get("n", Long.class)).one().block();
        assertThat(rows).isEqualTo(1L);
    }

    @Test
    void should_answer_404_for_an_unknown_template_version_or_label() {
        // given
        String id = createGreeting();

        // when / then
        submit(Map.of("type", "render", "template_id", uniqueId("nope"), "inputs", Map.of("name", "x"))).expectStatus().isNotFound();
        submit(Map.of("type", "render", "template_id", id, "version", "9.9.9", "inputs", Map.of("name", "x"))).expectStatus().isNotFound();
        submit(Map.of("type", "render", "template_id", id, "label", "production", "inputs", Map.of("name", "x"))).expectStatus().isNotFound();
        submit(Map.of("type", "render", "template_id", id, "label", "latest", "inputs", Map.of("name", "x"))).expectStatus().isAccepted();
    }

    @Test
    void should_answer_400_for_a_compare_without_models_or_params_out_of_range() {
        // given
        String id = createGreeting();

        // when / then
        submit(Map.of("type", "compare", "template_id", id, "inputs", Map.of("name", "x"))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("models");
        submit(Map.of("type", "compare", "template_id", id, "inputs", Map.of("name", "x"), "models", List.of("echo"),
                "params", Map.of("temperature", 3))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("temperature"));
        submit(Map.of("type", "translate", "template_id", id)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("type");
    }

    @Test
    void should_return_the_same_job_when_the_idempotency_key_is_repeated() {
        // given
        String id = createGreeting();
        String key = uniqueId("idem");
        Map<String, Object> body = Map.of("type", "render", "template_id", id, "inputs", Map.of("name", "x"));

        // when
        Map<String, Object> first = submit(body, key).expectStatus().isAccepted().expectBody(MAP).returnResult().getResponseBody();
        Map<String, Object> second = submit(body, key).expectStatus().isAccepted().expectBody(MAP).returnResult().getResponseBody();
        Map<String, Object> other = submit(body, uniqueId("idem")).expectStatus().isAccepted().expectBody(MAP).returnResult().getResponseBody();

        // then
        assertThat(second.get("job_id")).isEqualTo(first.get("job_id"));
        assertThat(first).containsEntry("created", true);
        assertThat(second).containsEntry("created", false);
        assertThat(other.get("job_id")).isNotEqualTo(first.get("job_id"));
        assertThat(TopicProbe.commands((String) first.get("job_id"), 1)).hasSize(1);
    }

    @Test
    void should_create_one_job_when_requests_with_the_same_key_race() throws InterruptedException {
        // given
        String id = createGreeting();
        String key = uniqueId("race");
        Map<String, Object> body = Map.of("type", "render", "template_id", id, "inputs", Map.of("name", "x"));
        int requests = 8;
        Set<Object> jobIds = ConcurrentHashMap.newKeySet();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);

        // when
        for (int i = 0; i < requests; i++) {
            pool.submit(() -> {
                start.await();
                jobIds.add(submit(body, key).expectStatus().isAccepted().expectBody(MAP).returnResult()
                        .getResponseBody().get("job_id"));
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        // then
        assertThat(jobIds).hasSize(1);
        Long rows = db.sql("SELECT count(*) AS n FROM job_submissions WHERE idempotency_key = :key").bind("key", key)
                .map(row -> row.get("n", Long.class)).one().block();
        assertThat(rows).isEqualTo(1L);
        assertThat(TopicProbe.commands((String) jobIds.iterator().next(), 1)).hasSize(1);
    }

    private String createGreeting() {
        String id = uniqueId("job");
        client.post().uri("/api/templates").contentType(MediaType.APPLICATION_JSON).bodyValue(greeting(id))
                .exchange().expectStatus().isCreated();
        return id;
    }

    private WebTestClient.ResponseSpec submit(Map<String, Object> body) {
        return client.post().uri("/api/jobs").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec submit(Map<String, Object> body, String key) {
        return client.post().uri("/api/jobs").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }
}
