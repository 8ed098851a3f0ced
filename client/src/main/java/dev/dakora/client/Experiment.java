package dev.dakora.client;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An experiment as {@code GET /api/experiments/{id}} shows it: what it runs, its status and totals, and
 * one column per (template version, model) with its aggregates once results arrived.
 *
 * @param status queued, running, completed, failed or cancelled
 */
public record Experiment(String experimentId, String name, String templateId, List<String> versions, List<String> models,
                         Integer samples, Map<String, Object> dataset, Double passThreshold,
                         List<Map<String, Object>> assertions, String status, int totalRows, long totalCalls,
                         long scoredCalls, long passed, int renderFailures, BigDecimal judgeCostUsd, String createdAt,
                         String completedAt, List<ExperimentColumn> columns) {

    public Experiment {
        versions = versions == null ? List.of() : List.copyOf(versions);
        models = models == null ? List.of() : List.copyOf(models);
        columns = columns == null ? List.of() : List.copyOf(columns);
        assertions = assertions == null ? List.of() : assertions;
        dataset = dataset == null ? Map.of() : dataset;
    }

    public boolean isFinal() {
        return "completed".equals(status) || "failed".equals(status) || "cancelled".equals(status);
    }
}
