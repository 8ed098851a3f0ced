package dev.dakora.gateway.jobs;

import dev.dakora.gateway.support.Bodies;
import dev.dakora.gateway.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;

import static dev.dakora.gateway.support.Bodies.greeting;
import static org.assertj.core.api.Assertions.assertThat;

/** Kafka unreachable: a submission is refused with 503 and Retry-After and leaves nothing behind. */
@SpringBootTest(properties = {
        "dakora.jobs.publish-timeout=2s",
        "dakora.jobs.retry-after=7s",
        "spring.kafka.admin.auto-create=false"})
@AutoConfigureWebTestClient
class KafkaDownTest {

    static final int CLOSED_PORT = closedPort();

    @Autowired
    WebTestClient client;

    @Autowired
    DatabaseClient db;

    @DynamicPropertySource
    static void unreachableKafka(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + CLOSED_PORT);
        registry.add("dakora.registry.local.path", () -> System.getProperty("java.io.tmpdir") + "/dakora-kafka-down-" + ProcessHandle.current().pid());
    }

    @Test
    void should_answer_503_with_retry_after_and_keep_no_submission_when_kafka_is_down() {
        // given
        String id = Bodies.uniqueId("kafka-down");
        String key = Bodies.uniqueId("key");
        client.post().uri("/api/templates").contentType(MediaType.APPLICATION_JSON).bodyValue(greeting(id))
                .exchange().expectStatus().isCreated();
        WebTestClient patient = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();

        // when / then
        patient.post().uri("/api/jobs").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("type", "render", "template_id", id, "inputs", Map.of("name", "Ada")))
                .exchange().expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("Retry-After", "7")
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("Kafka"));
        Long rows = db.sql("SELECT count(*) AS n FROM job_submissions WHERE idempotency_key = :key").bind("key", key)
                .map(row -> row.get("n", Long.class)).one().block();
        assertThat(rows).isZero();
    }

    @Test
    void should_answer_503_and_keep_no_submission_for_a_job_without_an_idempotency_key() {
        // given: without a key the row and the publish go out at once
        String id = Bodies.uniqueId("kafka-down-nokey");
        client.post().uri("/api/templates").contentType(MediaType.APPLICATION_JSON).bodyValue(greeting(id))
                .exchange().expectStatus().isCreated();
        WebTestClient patient = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();

        // when / then
        patient.post().uri("/api/jobs").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("type", "render", "template_id", id, "inputs", Map.of("name", "Ada")))
                .exchange().expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("Retry-After", "7");
        Long rows = db.sql("SELECT count(*) AS n FROM job_submissions WHERE template_id = :id").bind("id", id)
                .map(row -> row.get("n", Long.class)).one().block();
        assertThat(rows).isZero();
    }

    @Test
    void should_report_kafka_down_in_health() {
        // given / when / then
        client.mutate().responseTimeout(Duration.ofSeconds(30)).build()
                .get().uri("/api/health").exchange().expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.kafka.status").isEqualTo("down").jsonPath("$.database.status").isEqualTo("up");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
