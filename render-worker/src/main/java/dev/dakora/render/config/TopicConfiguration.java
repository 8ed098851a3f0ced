package dev.dakora.render.config;

import dev.dakora.common.event.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The topics the worker reads and writes, created at startup when missing (Boot's {@code KafkaAdmin}). */
@Configuration(proxyBeanMethods = false)
class TopicConfiguration {

    @Bean
    NewTopic jobsTopic(RenderWorkerProperties properties) {
        return topic(Topics.JOBS.name(), properties.topics()).build();
    }

    @Bean
    NewTopic jobsDeadLetterTopic(RenderWorkerProperties properties) {
        return topic(Topics.JOBS.deadLetter(), properties.topics()).build();
    }

    @Bean
    NewTopic rendersTopic(RenderWorkerProperties properties) {
        return output(Topics.RENDERS.name(), properties.topics());
    }

    @Bean
    NewTopic modelCallsTopic(RenderWorkerProperties properties) {
        return output(Topics.MODEL_CALLS.name(), properties.topics());
    }

    /** Compacted: only the latest marker of each input partition matters. */
    @Bean
    NewTopic attemptMarkersTopic(RenderWorkerProperties properties) {
        return TopicBuilder.name(properties.crashLoop().topic()).partitions(1)
                .replicas(properties.topics().replicationFactor()).compact().build();
    }

    private static NewTopic output(String name, RenderWorkerProperties.TopicSettings settings) {
        return topic(name, settings)
                .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(settings.maxMessageBytes()))
                .build();
    }

    private static TopicBuilder topic(String name, RenderWorkerProperties.TopicSettings settings) {
        return TopicBuilder.name(name).partitions(settings.partitions()).replicas(settings.replicationFactor());
    }
}
