package dev.dakora.gateway.web;

import org.springframework.http.HttpStatus;

/** A synchronous compare's job failed (the template did not render: 422) or was cancelled (409). */
class CompareFailedException extends RuntimeException {

    private final String jobId;
    private final HttpStatus status;

    CompareFailedException(String jobId, HttpStatus status, String message) {
        super(message);
        this.jobId = jobId;
        this.status = status;
    }

    String jobId() {
        return jobId;
    }

    HttpStatus status() {
        return status;
    }
}
