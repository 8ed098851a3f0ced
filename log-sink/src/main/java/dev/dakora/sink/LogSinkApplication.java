package dev.dakora.sink;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The log sink: aggregates call results into job and batch results on {@code dakora.results} and writes
 * jobs, batches and the execution log to PostgreSQL.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LogSinkApplication {

    public static void main(String[] args) {
        SpringApplication.run(LogSinkApplication.class, args);
    }
}
