package dev.dakora.sink.config;

import dev.dakora.evaluation.scoring.CompiledExperiments;
import dev.dakora.evaluation.scoring.EvaluationErrors;
import dev.dakora.evaluation.scoring.ExperimentCatalog;
import dev.dakora.evaluation.scoring.JudgeFreeScoring;
import dev.dakora.evaluation.scoring.Scores;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.Map;

/**
 * The scoring of judge-free experiment calls: the experiments' definitions read from {@code dakora.experiments}
 * by a consumer of their own (no group, read committed), compiled once, and scored as the eval worker would.
 */
@Configuration(proxyBeanMethods = false)
class ExperimentScoringConfig {

    @Bean(destroyMethod = "close")
    ExperimentCatalog sinkExperimentCatalog(KafkaProperties kafka, ExperimentScoringProperties properties) {
        Map<String, Object> config = kafka.buildConsumerProperties();
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "dakora-log-sink-experiments");
        return new ExperimentCatalog(new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer()),
                properties.timeout());
    }

    @Bean
    JudgeFreeScoring judgeFreeScoring(ExperimentCatalog sinkExperimentCatalog, ExperimentScoringProperties properties) {
        Clock clock = Clock.systemUTC();
        return new JudgeFreeScoring(sinkExperimentCatalog::find, new CompiledExperiments(properties.compiled()),
                new Scores(clock), new EvaluationErrors(clock));
    }
}
