package dev.dakora.gateway.config;

import dev.dakora.common.event.Topics;
import dev.dakora.common.tracing.KafkaTracing;
import dev.dakora.gateway.messaging.KafkaHealth;
import dev.dakora.gateway.messaging.LiveEventListener;
import dev.dakora.gateway.messaging.LiveEvents;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * The live feed: every gateway instance follows {@code dakora.call-results} and {@code dakora.results}
 * in a consumer group of its own (a random id), from the latest offset. It reads {@code read_uncommitted}:
 * the log sink emits a job's result as soon as it aggregated it, and waiting for its exactly-once commit
 * would put the commit interval on every synchronous compare. The feed is a notification; what clients
 * can read back (jobs, batches, the execution log) comes from the database, which the sink fills from
 * committed records only. A result of a sink transaction that aborts (an instance crashed or was fenced
 * mid-commit) is aggregated and emitted again by the instance that takes over, with the same content, so
 * a client may see it twice, as it may already see an event twice (once in the state, once live).
 */
@Configuration(proxyBeanMethods = false)
class LiveEventsConfiguration {

    @Bean(destroyMethod = "close")
    KafkaHealth kafkaHealth(KafkaAdmin admin) {
        return new KafkaHealth(admin.getConfigurationProperties(), Duration.ofSeconds(5));
    }

    @Bean
    LiveEvents liveEvents() {
        return new LiveEvents();
    }

    @Bean
    ConcurrentMessageListenerContainer<String, byte[]> liveEventsContainer(KafkaProperties kafka, LiveEvents events,
                                                                         KafkaTracing tracing) {
        Map<String, Object> config = kafka.buildConsumerProperties();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "dakora-gateway-live-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        // the feed's fetches return as soon as a record arrives; nothing is waited for to fill them
        config.putIfAbsent(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 1);
        DefaultKafkaConsumerFactory<String, byte[]> factory = new DefaultKafkaConsumerFactory<>(config,
                new StringDeserializer(), new ByteArrayDeserializer());
        ContainerProperties container = new ContainerProperties(Topics.CALL_RESULTS.name(), Topics.RESULTS.name());
        container.setMessageListener(new LiveEventListener(events, tracing));
        return new ConcurrentMessageListenerContainer<>(factory, container);
    }
}
