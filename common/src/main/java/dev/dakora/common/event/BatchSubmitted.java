package dev.dakora.common.event;

import java.time.Instant;
import java.util.List;

/**
 * A batch accepted by the gateway, published before its jobs so the totals it must reach are known.
 * Keyed by batch id.
 */
public record BatchSubmitted(String batchId, String name, String templateId, String version, List<String> models,
                             int totalJobs, int totalCalls, Instant submittedAt) implements JobCommand {

    public BatchSubmitted {
        Require.text(batchId, "batch_id");
        Require.text(templateId, "template_id");
        Require.present(submittedAt, "submitted_at");
        models = models == null ? List.of() : List.copyOf(models);
        Require.notNegative(totalJobs, "total_jobs");
        Require.notNegative(totalCalls, "total_calls");
    }

    @Override
    public String key() {
        return batchId;
    }
}
