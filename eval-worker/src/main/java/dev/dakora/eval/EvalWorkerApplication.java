package dev.dakora.eval;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The eval worker: scores the call results of experiments with their assertions, asks for the judge
 * calls of {@code llm-judge} assertions on {@code dakora.model-calls}, and publishes one score per
 * evaluated call to {@code dakora.scores}, in one Kafka transaction per poll.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EvalWorkerApplication {

    public static void main(String[] args) {
        SpringApplication.run(EvalWorkerApplication.class, args);
    }
}
