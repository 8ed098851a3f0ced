package dev.dakora.client;

import java.time.Duration;
import java.util.List;

/** {@code jobs().await} gave up: the job was not final within the given time. It may still finish. */
public final class JobTimeoutException extends DakoraException {

    private final String jobId;

    public JobTimeoutException(String jobId, String lastStatus, Duration waited) {
        super(0, "job " + jobId + " is still " + lastStatus + " after " + waited.toMillis() + " ms", List.of());
        this.jobId = jobId;
    }

    public String jobId() {
        return jobId;
    }
}
