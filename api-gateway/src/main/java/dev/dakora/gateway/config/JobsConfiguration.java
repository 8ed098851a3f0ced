package dev.dakora.gateway.config;

import dev.dakora.common.event.JobCommand;
import dev.dakora.common.event.Topics;
import dev.dakora.common.event.kafka.EventSerde;
import dev.dakora.common.tracing.KafkaTracing;
import dev.dakora.common.tracing.TracingProducerInterceptor;
import dev.dakora.gateway.domain.BatchSubmissions;
import dev.dakora.gateway.domain.BatchValidation;
import dev.dakora.gateway.domain.JobSubmissions;
import dev.dakora.gateway.domain.TemplateCatalog;
import dev.dakora.gateway.messaging.JobPublisher;
import dev.dakora.gateway.persistence.BatchReads;
import dev.dakora.gateway.persistence.ExecutionReads;
import dev.dakora.gateway.persistence.JobReads;
import dev.dakora.gateway.persistence.StatsReads;
import dev.dakora.gateway.persistence.SubmissionRepository;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;

import java.time.Clock;
import java.util.Map;

/**
 * Jobs and batches: the idempotent, {@code acks=all} producer of {@code dakora.jobs} (created if
 * missing), the submission services, and the readers of the log sink's tables.
 */
@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

    @Bean
    NewTopic jobsTopic(DakoraProperties properties) {
        DakoraProperties.Jobs jobs = properties.jobs();
        return new NewTopic(Topics.JOBS.name(), jobs.topicPartitions(), jobs.topicReplicas());
    }

    /**
     * Single jobs: a send waits at most a few seconds for metadata or an acknowledgement, so a submission
     * fails fast with Kafka down, and goes out the moment the job is accepted (Kafka 4 clients otherwise
     * wait 5 ms to fill a batch). {@code spring.kafka.producer.properties.linger.ms} overrides.
     */
    @Bean
    @Primary
    KafkaTemplate<String, JobCommand> jobCommandTemplate(KafkaProperties kafka, DakoraProperties properties,
                                                         KafkaTracing tracing) {
        return commandTemplate(kafka, properties, tracing, "dakora-gateway-jobs-", 0, null);
    }

    /**
     * A batch's rows: thousands of sends at once, which fill larger requests when the producer waits a
     * little for them, while single jobs keep a producer that never waits.
     */
    @Bean
    KafkaTemplate<String, JobCommand> batchRowTemplate(KafkaProperties kafka, DakoraProperties properties,
                                                       KafkaTracing tracing) {
        return commandTemplate(kafka, properties, tracing, "dakora-gateway-batches-", 10, 256 * 1024);
    }

    private static KafkaTemplate<String, JobCommand> commandTemplate(KafkaProperties kafka, DakoraProperties properties,
                                                                     KafkaTracing tracing, String clientIdPrefix,
                                                                     int lingerMs, Integer batchSize) {
        Map<String, Object> config = PublishingProducers.settings(kafka, properties, clientIdPrefix, lingerMs);
        if (batchSize != null) {
            config.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, batchSize);
        }
        DefaultKafkaProducerFactory<String, JobCommand> factory = new DefaultKafkaProducerFactory<>(config,
                new StringSerializer(), EventSerde.of(Topics.JOBS));
        KafkaTemplate<String, JobCommand> template = new KafkaTemplate<>(factory);
        // the request's trace context in the record's headers; no template observation, whose cluster id
        // lookup would hold a send for the admin client's timeout while Kafka is down
        template.setProducerInterceptor(new TracingProducerInterceptor<>(tracing));
        return template;
    }

    @Bean
    @Primary
    JobPublisher jobPublisher(KafkaTemplate<String, JobCommand> jobCommandTemplate, DakoraProperties properties) {
        return new JobPublisher(jobCommandTemplate, properties.jobs().publishTimeout().plusSeconds(2),
                properties.jobs().retryAfter());
    }

    @Bean
    JobPublisher batchRowPublisher(@Qualifier("batchRowTemplate") KafkaTemplate<String, JobCommand> batchRowTemplate,
                                   DakoraProperties properties) {
        return new JobPublisher(batchRowTemplate, properties.jobs().publishTimeout().plusSeconds(2),
                properties.jobs().retryAfter());
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SubmissionRepository submissionRepository(DatabaseClient db) {
        return new SubmissionRepository(db);
    }

    @Bean
    JobSubmissions jobSubmissions(TemplateCatalog catalog, SubmissionRepository submissions, JobPublisher publisher, Clock clock) {
        return new JobSubmissions(catalog, submissions, publisher, clock);
    }

    @Bean
    BatchSubmissions batchSubmissions(TemplateCatalog catalog, SubmissionRepository submissions, JobPublisher publisher,
                                      @Qualifier("batchRowPublisher") JobPublisher batchRowPublisher, Clock clock) {
        return new BatchSubmissions(catalog, submissions, publisher, batchRowPublisher, clock);
    }

    @Bean
    BatchValidation batchValidation(TemplateCatalog catalog) {
        return new BatchValidation(catalog);
    }

    @Bean
    JobReads jobReads(DatabaseClient db) {
        return new JobReads(db);
    }

    @Bean
    BatchReads batchReads(DatabaseClient db) {
        return new BatchReads(db);
    }

    @Bean
    ExecutionReads executionReads(DatabaseClient db) {
        return new ExecutionReads(db);
    }

    @Bean
    StatsReads statsReads(DatabaseClient db) {
        return new StatsReads(db);
    }
}
