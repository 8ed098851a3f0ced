package dev.dakora.gateway.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dakora.estimate.*}: how {@code ?estimate=true} assumes what it cannot know.
 *
 * @param outputTokens output tokens assumed per call when a request gives no {@code max_tokens}
 */
@ConfigurationProperties("dakora.estimate")
public record EstimateProperties(@DefaultValue("256") int outputTokens) {

    public EstimateProperties {
        if (outputTokens < 0) {
            throw new IllegalArgumentException("dakora.estimate.output-tokens must not be negative");
        }
    }
}
