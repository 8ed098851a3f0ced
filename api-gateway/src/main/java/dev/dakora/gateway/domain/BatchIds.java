package dev.dakora.gateway.domain;

/**
 * Jobs of a batch have ids derived from the batch's: {@code <batch_id>-<row_index>}, so the gateway can
 * name every job of a batch (to cancel it) without having stored each one.
 */
public final class BatchIds {

    private BatchIds() {
    }

    public static String jobId(String batchId, int rowIndex) {
        return batchId + "-" + rowIndex;
    }
}
