package dev.dakora.gateway.experiments;

import java.util.List;
import java.util.Map;

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

    static ExperimentStatus of(int batchCount, List<Map<String, Object>> batches, long scoredCalls, int callsPerRow) {
        long completedCalls = batches.stream().mapToLong(batch -> (Integer) batch.get("completed_calls")).sum();
        int renderFailures = batches.stream()
                .filter(batch -> "completed".equals(batch.get("status")) || "failed".equals(batch.get("status")))
                .mapToInt(batch -> ((Integer) batch.get("total_calls") - (Integer) batch.get("completed_calls")) / Math.max(1, callsPerRow))
                .sum();
        String completedAt = batches.stream().map(batch -> (String) batch.get("completed_at"))
                .filter(java.util.Objects::nonNull).max(String::compareTo).orElse(null);
        return new ExperimentStatus(status(batchCount, batches, scoredCalls, completedCalls), completedCalls, renderFailures,
                completedAt);
    }

    public boolean isFinal() {
        return !status.equals("queued") && !status.equals("running");
    }

    private static String status(int batchCount, List<Map<String, Object>> batches, long scoredCalls, long completedCalls) {
        if (batches.isEmpty()) {
            return "queued";
        }
        boolean allFinal = batches.size() == batchCount && batches.stream().allMatch(batch -> isFinal((String) batch.get("status")));
        if (!allFinal) {
            return "running";
        }
        if (batches.stream().allMatch(batch -> "failed".equals(batch.get("status")))) {
            return "failed";
        }
        if (batches.stream().anyMatch(batch -> "cancelled".equals(batch.get("status")))) {
            return "cancelled";
        }
        return scoredCalls >= completedCalls ? "completed" : "running";
    }

    private static boolean isFinal(String status) {
        return "completed".equals(status) || "failed".equals(status) || "cancelled".equals(status);
    }
}
