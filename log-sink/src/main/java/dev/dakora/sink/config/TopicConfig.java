package dev.dakora.sink.config;

import dev.dakora.common.event.Topic;
import dev.dakora.common.event.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import java.util.ArrayList;
import java.util.List;

/** Declares the topics the log sink reads and writes, and the dead letter topics of those it reads. */
@Configuration(proxyBeanMethods = false)
class TopicConfig {

    static final List<Topic<?>> READ = List.of(Topics.JOBS, Topics.RENDERS, Topics.CALL_RESULTS, Topics.RESULTS);

    @Bean
    KafkaAdmin.NewTopics logSinkTopics(LogSinkProperties properties) {
        LogSinkProperties.Topics settings = properties.topics();
        List<NewTopic> topics = new ArrayList<>();
        for (Topic<?> topic : READ) {
            topics.add(new NewTopic(topic.name(), settings.partitions(), settings.replicas()));
            topics.add(new NewTopic(topic.deadLetter(), settings.partitions(), settings.replicas()));
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }
}
