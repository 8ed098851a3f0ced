package dev.dakora.gateway.experiments;

import dev.dakora.common.template.TemplateSpec;
import dev.dakora.evaluation.dataset.DatasetRow;
import dev.dakora.evaluation.experiment.ExperimentSpec;

import java.util.List;
import java.util.Map;

/**
 * An experiment checked and resolved, ready to run: the template versions it compares, the dataset
 * version's rows (every one fits every version's inputs) and the judge templates as they are now.
 *
 * @param specMap        the experiment as its JSON map, the dataset version resolved to a number
 * @param versions       the template versions, in the experiment's order
 * @param judgeTemplates assertion index -> the judge template version resolved now, as a template document
 */
public record ExperimentPlan(ExperimentSpec spec, Map<String, Object> specMap, List<TemplateSpec> versions, int datasetVersion,
                      List<DatasetRow> rows, Map<String, Map<String, Object>> judgeTemplates) {

    public ExperimentPlan {
        versions = List.copyOf(versions);
        rows = List.copyOf(rows);
        judgeTemplates = Map.copyOf(judgeTemplates);
    }

    public long totalCalls() {
        return spec.calls(rows.size());
    }

    /** The model list each row's job calls: every model, {@code samples} times over (numbered as samples downstream). */
    public List<String> sampledModels() {
        return java.util.stream.IntStream.range(0, spec.samples()).boxed()
                .flatMap(sample -> spec.models().stream()).toList();
    }
}
