package dev.dakora.render;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The render worker: reads jobs from {@code dakora.jobs}, renders each job's template snapshot and
 * publishes the outcome to {@code dakora.renders}, plus one model call per requested model to
 * {@code dakora.model-calls} for a compare job, in one Kafka transaction per poll.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RenderWorkerApplication {

    public static void main(String[] args) {
        SpringApplication.run(RenderWorkerApplication.class, args);
    }
}
