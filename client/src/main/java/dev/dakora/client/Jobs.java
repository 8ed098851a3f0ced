package dev.dakora.client;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/** The asynchronous API ({@code /api/jobs}): submit a render or compare job, read it, wait for it, cancel it. */
public final class Jobs {

    private static final Duration FIRST_POLL = Duration.ofMillis(50);
    private static final Duration MAX_POLL = Duration.ofSeconds(1);

    private final Transport transport;

    Jobs(Transport transport) {
        this.transport = transport;
    }

    public JobAccepted submit(JobRequest request) {
        return Transport.await(submitAsync(request, null));
    }

    /** The same idempotency key answers the job it first made, never a second one. */
    public JobAccepted submit(JobRequest request, String idempotencyKey) {
        return Transport.await(submitAsync(request, idempotencyKey));
    }

    public CompletableFuture<JobAccepted> submitAsync(JobRequest request, String idempotencyKey) {
        Map<String, String> headers = idempotencyKey == null ? Map.of() : Map.of("Idempotency-Key", idempotencyKey);
        return transport.json("POST", "/api/jobs", request, headers)
                .thenApply(body -> Json.MAPPER.readValue(body, JobAccepted.class));
    }

    public Job get(String jobId) {
        return Transport.await(getAsync(jobId));
    }

    public CompletableFuture<Job> getAsync(String jobId) {
        return transport.json("GET", Transport.path("/api/jobs/%s", jobId), null, Job.class);
    }

    /** Polls until the job is final; {@link JobTimeoutException} when it is not within {@code timeout}. */
    public Job await(String jobId, Duration timeout) {
        return Transport.await(awaitAsync(jobId, timeout));
    }

    public CompletableFuture<Job> awaitAsync(String jobId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        return poll(jobId, timeout, deadline, FIRST_POLL);
    }

    public Cancellation cancel(String jobId) {
        return Transport.await(cancelAsync(jobId));
    }

    public CompletableFuture<Cancellation> cancelAsync(String jobId) {
        return transport.json("POST", Transport.path("/api/jobs/%s/cancel", jobId), null, Cancellation.class);
    }

    private CompletableFuture<Job> poll(String jobId, Duration timeout, long deadline, Duration pause) {
        return getAsync(jobId).thenCompose(job -> {
            if (job.isFinal()) {
                return CompletableFuture.completedFuture(job);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return CompletableFuture.failedFuture(new JobTimeoutException(jobId, job.status(), timeout));
            }
            long wait = Math.min(pause.toNanos(), left);
            Executor later = CompletableFuture.delayedExecutor(wait, TimeUnit.NANOSECONDS);
            Duration next = pause.multipliedBy(2).compareTo(MAX_POLL) > 0 ? MAX_POLL : pause.multipliedBy(2);
            return CompletableFuture.supplyAsync(() -> null, later)
                    .thenCompose(ignored -> poll(jobId, timeout, deadline, next));
        });
    }
}
