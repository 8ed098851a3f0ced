package dev.dakora.gateway.persistence;

import java.time.Instant;
import java.util.Map;

/**
 * An experiment as the gateway stored it when it was submitted.
 *
 * @param spec    the experiment as its JSON map (the dataset version resolved to a number)
 * @param batches template version -> the id of the batch that runs it
 */
public record StoredExperiment(String experimentId, String name, String templateId, Map<String, Object> spec,
                               String datasetName, int datasetVersion, Map<String, String> batches, int totalRows,
                               long totalCalls, Instant createdAt) {

    public StoredExperiment {
        spec = Map.copyOf(spec);
        batches = Map.copyOf(batches);
    }
}
