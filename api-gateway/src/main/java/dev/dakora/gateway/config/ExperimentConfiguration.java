package dev.dakora.gateway.config;

import dev.dakora.common.event.ExperimentDefined;
import dev.dakora.common.event.Topics;
import dev.dakora.common.event.kafka.EventSerde;
import dev.dakora.common.tracing.KafkaTracing;
import dev.dakora.common.tracing.TracingProducerInterceptor;
import dev.dakora.gateway.domain.BatchSubmissions;
import dev.dakora.gateway.domain.TemplateCatalog;
import dev.dakora.gateway.experiments.ExperimentPlanner;
import dev.dakora.gateway.experiments.ExperimentPublisher;
import dev.dakora.gateway.experiments.ExperimentReads;
import dev.dakora.gateway.experiments.ExperimentSubmissions;
import dev.dakora.gateway.persistence.DatasetReads;
import dev.dakora.gateway.persistence.ExperimentResultReads;
import dev.dakora.gateway.persistence.ExperimentStore;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;

import java.time.Clock;
import java.util.Map;

/** Experiments: their planner, the idempotent producer of {@code dakora.experiments}, storage and reads. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExperimentProperties.class)
class ExperimentConfiguration {

    /** Compacted, keyed by experiment id; the log sink declares it as well, with the same settings. */
    @Bean
    NewTopic experimentsTopic(DakoraProperties properties) {
        return TopicBuilder.name(Topics.EXPERIMENTS.name()).partitions(properties.jobs().topicPartitions())
                .replicas(properties.jobs().topicReplicas()).compact().build();
    }

    /** The request's trace context goes into each definition's headers, as on the jobs' producer. */
    @Bean
    ExperimentPublisher experimentPublisher(KafkaProperties kafka, DakoraProperties properties, KafkaTracing tracing) {
        Map<String, Object> config = PublishingProducers.settings(kafka, properties, "dakora-gateway-experiments-", 0);
        KafkaTemplate<String, ExperimentDefined> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config,
                new StringSerializer(), EventSerde.of(Topics.EXPERIMENTS)));
        template.setProducerInterceptor(new TracingProducerInterceptor<>(tracing));
        return new ExperimentPublisher(template, properties.jobs().publishTimeout().plusSeconds(2), properties.jobs().retryAfter());
    }

    @Bean
    ExperimentStore experimentStore(DatabaseClient db) {
        return new ExperimentStore(db);
    }

    @Bean
    ExperimentResultReads experimentResultReads(DatabaseClient db) {
        return new ExperimentResultReads(db);
    }

    @Bean
    ExperimentReads experimentReads(ExperimentStore store, ExperimentResultReads results) {
        return new ExperimentReads(store, results);
    }

    @Bean
    ExperimentPlanner experimentPlanner(TemplateCatalog catalog, DatasetReads datasets, ExperimentProperties experiments,
                                        DatasetProperties datasetLimits) {
        return new ExperimentPlanner(catalog, datasets, experiments.maxCalls(), datasetLimits.maxRows());
    }

    @Bean
    ExperimentSubmissions experimentSubmissions(ExperimentStore store, ExperimentPublisher publisher, BatchSubmissions batches,
                                                Clock clock) {
        return new ExperimentSubmissions(store, publisher, batches, clock);
    }
}
