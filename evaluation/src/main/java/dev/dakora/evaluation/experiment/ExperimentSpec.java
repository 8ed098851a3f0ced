package dev.dakora.evaluation.experiment;

import dev.dakora.evaluation.assertion.AssertionSpec;
import dev.dakora.evaluation.assertion.AssertionSuite;

import java.util.List;

/**
 * What an experiment runs: every row of {@code dataset} at {@code datasetVersion}, rendered with each of
 * {@code versions} of {@code template}, sent to each of {@code models}, {@code samples} times, and each
 * output scored by {@code assertions}. Read from an experiment file or request by
 * {@link ExperimentSpecParser}, which names every field it refuses.
 *
 * @param passThreshold {@code null}: a row passes when every assertion passes
 */
public record ExperimentSpec(String name, String template, List<String> versions, List<String> models, int samples,
                             String dataset, String datasetVersion, List<AssertionSpec> assertions,
                             Double passThreshold) {

    public ExperimentSpec {
        versions = List.copyOf(versions);
        models = List.copyOf(models);
        assertions = assertions == null ? List.of() : List.copyOf(assertions);
    }

    /** The grid's columns, versions first: (1.0.0, a), (1.0.0, b), (1.1.0, a), ... */
    public List<ColumnKey> columns() {
        return versions.stream().flatMap(version -> models.stream().map(model -> new ColumnKey(version, model))).toList();
    }

    /** How many model calls the experiment makes over {@code rows} dataset rows, judge calls not counted. */
    public long calls(int rows) {
        return (long) rows * versions.size() * models.size() * samples;
    }

    public AssertionSuite suite() {
        return AssertionSuite.compile(assertions, passThreshold);
    }
}
