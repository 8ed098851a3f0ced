package dev.dakora.llm;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The LLM worker: calls the models of {@code dakora.model-calls} and publishes {@code dakora.call-results}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LlmWorkerApplication {

    public static void main(String[] args) {
        SpringApplication.run(LlmWorkerApplication.class, args);
    }
}
