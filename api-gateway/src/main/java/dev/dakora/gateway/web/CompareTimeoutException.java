package dev.dakora.gateway.web;

/** A synchronous compare did not finish in time; its job goes on and can be polled. Answered 504. */
class CompareTimeoutException extends RuntimeException {

    private final String jobId;

    CompareTimeoutException(String jobId) {
        super("the comparison did not finish in time; it goes on as job " + jobId + ": poll GET /api/jobs/" + jobId);
        this.jobId = jobId;
    }

    String jobId() {
        return jobId;
    }
}
