package dev.dakora.gateway.experiments;

/** An experiment that would make more calls than {@code dakora.experiments.max-calls}: answered 413. */
public class ExperimentTooLargeException extends RuntimeException {

    ExperimentTooLargeException(String message) {
        super(message);
    }
}
