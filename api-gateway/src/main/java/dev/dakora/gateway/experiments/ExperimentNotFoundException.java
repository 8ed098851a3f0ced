package dev.dakora.gateway.experiments;

/** An unknown experiment, dataset or dataset version: answered 404. */
public class ExperimentNotFoundException extends RuntimeException {

    public ExperimentNotFoundException(String message) {
        super(message);
    }
}
