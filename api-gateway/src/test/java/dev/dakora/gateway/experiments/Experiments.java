package dev.dakora.gateway.experiments;

import dev.dakora.common.event.EventJson;
import dev.dakora.common.event.ExperimentDefined;
import dev.dakora.common.event.Topics;
import dev.dakora.gateway.support.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.dakora.gateway.support.Bodies.uniqueId;
import static org.awaitility.Awaitility.await;

/** What the experiment tests set up through the API (templates with versions, datasets) and read from Kafka. */
final class Experiments {

    static final MediaType CSV = MediaType.parseMediaType("text/csv");

    private Experiments() {
    }

    /** A template {@code {{ city }} x{{ times }}} (city required, times a number) in versions 1.0.0 and 1.1.0. */
    static String template(WebTestClient client) {
        String id = uniqueId("exp");
        Map<String, Object> inputs = Map.of("city", Map.of("type", "string", "required", true),
                "times", Map.of("type", "number", "required", false, "default", 1));
        client.post().uri("/api/templates").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", id, "version", "1.0.0", "template", "{{ city }} x{{ times }}", "inputs", inputs))
                .exchange().expectStatus().isCreated();
        client.put().uri("/api/templates/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("version", "1.1.0", "template", "Capital: {{ city }} x{{ times }}"))
                .exchange().expectStatus().isOk();
        return id;
    }

    static String dataset(WebTestClient client, String csv) {
        String name = uniqueId("cities");
        client.post().uri("/api/datasets/{name}/versions", name).contentType(CSV).bodyValue(csv)
                .exchange().expectStatus().isCreated();
        return name;
    }

    static Map<String, Object> spec(String template, String dataset, Object datasetVersion) {
        Map<String, Object> ref = new java.util.LinkedHashMap<>();
        ref.put("name", dataset);
        if (datasetVersion != null) {
            ref.put("version", datasetVersion);
        }
        return new java.util.LinkedHashMap<>(Map.of("name", "capitals", "template", template,
                "versions", List.of("1.0.0", "1.1.0"), "models", List.of("echo"), "samples", 2, "dataset", ref,
                "assertions", List.of(Map.of("type", "icontains", "value", "paris"))));
    }

    /** The ExperimentDefined keyed {@code experimentId} on dakora.experiments. */
    static ExperimentDefined defined(String experimentId) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.EXPERIMENTS.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<ExperimentDefined> found = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (experimentId.equals(record.key())) {
                        found.add(EventJson.read(record.value(), ExperimentDefined.class));
                    }
                }
                return !found.isEmpty();
            });
            return found.getFirst();
        }
    }
}
