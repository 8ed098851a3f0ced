package dev.dakora.llm.health;

import dev.dakora.llm.LlmWorkerApplication;
import dev.dakora.llm.support.Calls;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The worker run as its own application serves its health over HTTP on the management port: readiness
 * is UP once its consumers are assigned and polling, and 503 DOWN as soon as a consumer is stopped, while
 * liveness stays UP.
 */
@EmbeddedKafka(partitions = 2)
class HealthEndpointTest {

    private static ConfigurableApplicationContext worker;
    private static String base;

    @BeforeAll
    static void start() {
        worker = new SpringApplicationBuilder(LlmWorkerApplication.class).run(
                "--spring.kafka.bootstrap-servers=" + EmbeddedKafkaCondition.getBroker().getBrokersAsString(),
                "--dakora.llm.kafka.group-id=llm-worker-health-test",
                "--dakora.llm.kafka.partitions=2",
                "--OPENAI_API_KEY=" + Calls.generatedKey());
        base = "http://127.0.0.1:" + worker.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        worker.close();
    }

    @Test
    void should_answer_readiness_up_once_the_consumers_poll_and_503_down_when_a_consumer_is_stopped() throws Exception {
        // given: a worker whose consumers were assigned their partitions
        awaitHealth().untilAsserted(() -> assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200));
        assertThat(get("/actuator/health/readiness").body()).contains("\"UP\"");

        // when
        MessageListenerContainer consumer = worker.getBean(KafkaListenerEndpointRegistry.class).getAllListenerContainers()
                .iterator().next();
        consumer.stop();

        // then
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).contains("\"DOWN\"");
        assertThat(get("/actuator/health/liveness").statusCode()).as("a stopped consumer is no reason to restart").isEqualTo(200);

        // and: started again, it is ready again
        consumer.start();
        awaitHealth().untilAsserted(() -> assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200));
    }

    @Test
    void should_serve_the_health_endpoints_only() throws Exception {
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/env").statusCode()).isEqualTo(404);
        assertThat(get("/actuator/beans").statusCode()).isEqualTo(404);
    }

    /** Up to 60 s, asking again after an answer that did not come within a request's 10 s (a slow machine). */
    private static ConditionFactory awaitHealth() {
        return await().atMost(Duration.ofSeconds(60)).ignoreExceptionsInstanceOf(HttpTimeoutException.class);
    }

    /** One client per request: a request that timed out leaves no half-used pooled connection to the next one. */
    private static HttpResponse<String> get(String path) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } finally {
            http.shutdownNow();
        }
    }
}
