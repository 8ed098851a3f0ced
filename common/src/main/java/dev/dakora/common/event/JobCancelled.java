package dev.dakora.common.event;

import java.time.Instant;

/** The gateway was asked to cancel a job (alone or as part of its batch): calls not yet sent are dropped. */
public record JobCancelled(String jobId, String batchId, Instant cancelledAt) implements JobCommand {

    public JobCancelled {
        Require.text(jobId, "job_id");
        Require.present(cancelledAt, "cancelled_at");
    }

    @Override
    public String key() {
        return jobId;
    }
}
