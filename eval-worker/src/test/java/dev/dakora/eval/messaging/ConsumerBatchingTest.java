package dev.dakora.eval.messaging;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConsumerBatchingTest {

    @Test
    void should_have_the_results_consumer_wait_for_a_batch_of_results_so_each_transaction_carries_many()
            throws Exception {
        // when
        Map<String, Object> consumer = kafkaProperties().buildConsumerProperties();

        // then
        assertThat(consumer).containsEntry(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, "65536")
                .containsEntry(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "100")
                .containsEntry(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
    }

    @Test
    void should_not_make_the_experiment_catalog_wait_for_a_batch_when_it_reads_definitions() throws Exception {
        // when
        Map<String, Object> catalog = MessagingConfiguration.catalogConsumer(kafkaProperties());

        // then
        assertThat(catalog).containsEntry(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 1)
                .doesNotContainKey(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG)
                .doesNotContainKey(ConsumerConfig.GROUP_ID_CONFIG)
                .containsEntry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    }

    private static KafkaProperties kafkaProperties() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        return Binder.get(environment).bind("spring.kafka", KafkaProperties.class).get();
    }
}
