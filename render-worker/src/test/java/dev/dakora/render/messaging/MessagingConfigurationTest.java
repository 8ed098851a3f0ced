package dev.dakora.render.messaging;

import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessagingConfigurationTest {

    private final MessagingConfiguration configuration = new MessagingConfiguration();

    @Test
    void should_set_the_event_serializers_when_the_producer_is_transactional() {
        // given
        var factory = new DefaultKafkaProducerFactory<Object, Object>(Map.of());
        factory.setTransactionIdPrefix("render-test-");

        // when
        configuration.eventSerializers().customize(factory);

        // then
        assertThat(factory.getKeySerializerSupplier().get()).isInstanceOf(StringSerializer.class);
        assertThat(factory.getValueSerializerSupplier().get()).isInstanceOf(EventSerializer.class);
    }

    @Test
    void should_refuse_to_start_when_no_transaction_id_prefix_is_set() {
        // given
        var factory = new DefaultKafkaProducerFactory<Object, Object>(Map.of());

        // when / then
        assertThatThrownBy(() -> configuration.eventSerializers().customize(factory))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spring.kafka.producer.transaction-id-prefix");
    }
}
