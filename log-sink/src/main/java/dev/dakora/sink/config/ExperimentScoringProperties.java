package dev.dakora.sink.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How the log sink scores judge-free experiment calls, under {@code dakora.log-sink.experiments}.
 *
 * @param timeout  how long reading {@code dakora.experiments} to its end may take before the batch is retried
 * @param compiled how many experiments' compiled assertions are kept (least recently used dropped first)
 */
@ConfigurationProperties("dakora.log-sink.experiments")
public record ExperimentScoringProperties(Duration timeout, int compiled) {

    public ExperimentScoringProperties {
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
        compiled = compiled > 0 ? compiled : 256;
    }
}
