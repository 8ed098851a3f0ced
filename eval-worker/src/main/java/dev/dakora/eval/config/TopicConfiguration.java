package dev.dakora.eval.config;

import dev.dakora.common.event.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** The topics the worker reads and writes, created at startup when missing (Boot's {@code KafkaAdmin}). */
@Configuration(proxyBeanMethods = false)
class TopicConfiguration {

    @Bean
    KafkaAdmin.NewTopics evalWorkerTopics(EvalWorkerProperties properties) {
        EvalWorkerProperties.Topics settings = properties.topics();
        return new KafkaAdmin.NewTopics(
                topic(Topics.CALL_RESULTS.name(), settings).build(),
                topic(Topics.CALL_RESULTS.deadLetter(), settings).build(),
                topic(Topics.MODEL_CALLS.name(), settings).build(),
                topic(Topics.SCORES.name(), settings).build(),
                topic(Topics.EXPERIMENTS.name(), settings).compact().build());
    }

    private static TopicBuilder topic(String name, EvalWorkerProperties.Topics settings) {
        return TopicBuilder.name(name).partitions(settings.partitions()).replicas(settings.replicationFactor());
    }
}
