package dev.dakora.client;

/**
 * The answer to a batch submission: its id and counts, the lane it was given ({@code online} or {@code batch}, auto
 * decided) and, on the batch lane, {@code expectedCompletionBy}: the submission time plus the providers' 24 h
 * completion window, as {@link Batch#expectedCompletionBy()} gives it (null online, and both null from servers that
 * do not name the lane in their answer).
 */
public record BatchAccepted(String batchId, int totalJobs, int totalCalls, String status, String lane,
                            String expectedCompletionBy) {

    /** An answer without its lane. */
    public BatchAccepted(String batchId, int totalJobs, int totalCalls, String status) {
        this(batchId, totalJobs, totalCalls, status, null, null);
    }

    /** Whether the batch was given the batch lane. */
    public boolean onBatchLane() {
        return "batch".equals(lane);
    }
}
