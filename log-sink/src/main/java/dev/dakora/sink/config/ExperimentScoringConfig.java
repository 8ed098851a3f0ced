package dev.dakora.sink.config;

import dev.dakora.common.tracing.KafkaTracing;
import dev.dakora.evaluation.scoring.CompiledExperiments;
import dev.dakora.evaluation.scoring.EvaluationErrors;
import dev.dakora.evaluation.scoring.ExperimentCatalog;
import dev.dakora.evaluation.scoring.JudgeFreeScoring;
import dev.dakora.evaluation.scoring.Scores;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The scoring of judge-free experiment calls: the experiments' definitions read from {@code dakora.experiments}
 * by a consumer of their own (no group, read committed; each definition read is a {@code dakora.experiment.read}
 * span in the trace of the experiment's submission), compiled once, and scored as the eval worker would.
 */
@Configuration(proxyBeanMethods = false)
class ExperimentScoringConfig {

    @Bean(destroyMethod = "close")
    ExperimentCatalog sinkExperimentCatalog(KafkaProperties kafka, ExperimentScoringProperties properties,
                                            KafkaTracing tracing) {
        return ExperimentCatalog.reading(kafka.buildConsumerProperties(), "dakora-log-sink-experiments", properties.timeout(),
                (headers, experimentId) -> tracing.received(headers, "dakora.experiment.read", "dakora.experiment_id",
                        experimentId));
    }

    @Bean
    JudgeFreeScoring judgeFreeScoring(ExperimentCatalog sinkExperimentCatalog, ExperimentScoringProperties properties) {
        Clock clock = Clock.systemUTC();
        return new JudgeFreeScoring(sinkExperimentCatalog::find, new CompiledExperiments(properties.compiled()),
                new Scores(clock), new EvaluationErrors(clock));
    }
}
