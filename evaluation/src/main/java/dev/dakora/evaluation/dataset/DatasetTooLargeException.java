package dev.dakora.evaluation.dataset;

/** A dataset upload over the configured byte or row limit: a 413. */
public class DatasetTooLargeException extends IllegalArgumentException {

    public DatasetTooLargeException(String message) {
        super(message);
    }
}
