package dev.dakora.gateway.experiments;

import dev.dakora.gateway.persistence.ExperimentResultReads.BatchProgress;

import java.util.List;

/**
 * An experiment's status, computed from its batches as the log sink records them and its scored calls:
 * {@code queued} while the sink has none of its batches, {@code running} until every batch is final and
 * every call those batches completed is scored (judge calls included in the wait, as a call is scored
 * after its judges answered), then {@code completed}; {@code failed} when every batch failed and
 * {@code cancelled} when one was cancelled.
 *
 * @param renderFailures rows whose render failed (they made no calls), over the final batches not cancelled
 */
public record ExperimentStatus(String status, long completedCalls, int renderFailures, String batchesCompletedAt) {

    static ExperimentStatus of(int batchCount, List<BatchProgress> batches, long scoredCalls, int callsPerRow) {
        long completedCalls = batches.stream().mapToLong(BatchProgress::completedCalls).sum();
        int renderFailures = batches.stream()
                .filter(batch -> "completed".equals(batch.status()) || "failed".equals(batch.status()))
                .mapToInt(batch -> (batch.totalCalls() - batch.completedCalls()) / Math.max(1, callsPerRow))
                .sum();
        String completedAt = batches.stream().map(BatchProgress::completedAt)
                .filter(java.util.Objects::nonNull).max(String::compareTo).orElse(null);
        return new ExperimentStatus(status(batchCount, batches, scoredCalls, completedCalls), completedCalls, renderFailures,
                completedAt);
    }

    public boolean isFinal() {
        return !status.equals("queued") && !status.equals("running");
    }

    private static String status(int batchCount, List<BatchProgress> batches, long scoredCalls, long completedCalls) {
        if (batches.isEmpty()) {
            return "queued";
        }
        boolean allFinal = batches.size() == batchCount && batches.stream().allMatch(batch -> isFinal(batch.status()));
        if (!allFinal) {
            return "running";
        }
        if (batches.stream().allMatch(batch -> "failed".equals(batch.status()))) {
            return "failed";
        }
        if (batches.stream().anyMatch(batch -> "cancelled".equals(batch.status()))) {
            return "cancelled";
        }
        return scoredCalls >= completedCalls ? "completed" : "running";
    }

    private static boolean isFinal(String status) {
        return "completed".equals(status) || "failed".equals(status) || "cancelled".equals(status);
    }
}
