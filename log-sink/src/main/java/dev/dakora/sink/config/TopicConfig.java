package dev.dakora.sink.config;

import dev.dakora.common.event.Topic;
import dev.dakora.common.event.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

import java.util.ArrayList;
import java.util.List;

/**
 * Declares the topics the log sink reads and writes, the dead letter topics of those it reads, and the
 * compacted experiments topic (so a standalone start has every pipeline topic).
 */
@Configuration(proxyBeanMethods = false)
class TopicConfig {

    static final List<Topic<?>> READ =
            List.of(Topics.JOBS, Topics.RENDERS, Topics.CALL_RESULTS, Topics.RESULTS, Topics.SCORES);

    @Bean
    KafkaAdmin.NewTopics logSinkTopics(LogSinkProperties properties) {
        LogSinkProperties.Topics settings = properties.topics();
        List<NewTopic> topics = new ArrayList<>();
        for (Topic<?> topic : READ) {
            topics.add(new NewTopic(topic.name(), settings.partitions(), settings.replicas()));
            topics.add(new NewTopic(topic.deadLetter(), settings.partitions(), settings.replicas()));
        }
        topics.add(TopicBuilder.name(Topics.EXPERIMENTS.name()).partitions(settings.partitions())
                .replicas(settings.replicas()).compact().build());
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }
}
