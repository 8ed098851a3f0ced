package dev.dakora.common.event;

import dev.dakora.common.value.Values;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Topic {@link Topics#EXPERIMENTS}: an experiment as the gateway accepted it, published before its
 * batches. Keyed by experiment id (the topic is compacted).
 *
 * @param spec           the experiment as its JSON map (what {@code ExperimentSpecParser.parse} reads)
 * @param judgeTemplates judge assertion index (as a string, e.g. {@code "2"}) to the judge template
 *                       version resolved at submission, as a {@code TemplateDocuments.toMap} document
 * @param batches        template version to batch id
 * @param totalCalls     evaluated calls (rows x versions x models x samples), judge calls excluded
 */
public record ExperimentDefined(String experimentId, String name, String templateId, Map<String, Object> spec,
                                Map<String, Map<String, Object>> judgeTemplates, Map<String, String> batches,
                                int rows, long totalCalls, Instant submittedAt) {

    public ExperimentDefined {
        Require.text(experimentId, "experiment_id");
        Require.text(templateId, "template_id");
        Require.present(spec, "spec");
        Require.present(submittedAt, "submitted_at");
        Require.notNegative(rows, "rows");
        Require.notNegative(totalCalls, "total_calls");
        spec = Values.normalizeMap(spec);
        Map<String, Map<String, Object>> judges = new LinkedHashMap<>();
        if (judgeTemplates != null) {
            judgeTemplates.forEach((index, document) -> judges.put(index, Values.normalizeMap(document)));
        }
        judgeTemplates = java.util.Collections.unmodifiableMap(judges);
        batches = batches == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(batches));
    }

    public String key() {
        return experimentId;
    }
}
