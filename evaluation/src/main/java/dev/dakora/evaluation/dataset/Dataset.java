package dev.dakora.evaluation.dataset;

import dev.dakora.common.template.TemplateSpec;

import java.util.List;

/**
 * A named, versioned list of rows an experiment runs over. Names and versions follow the template
 * rules (letters, digits, '.', '_', '-'); a version is immutable once stored, so an experiment that
 * names {@code name@version} always sees the same rows.
 */
public record Dataset(String name, String version, List<DatasetRow> rows) {

    public Dataset {
        TemplateSpec.idProblem(name).ifPresent(problem -> {
            throw new IllegalArgumentException("name " + problem);
        });
        if (version == null) {
            version = TemplateSpec.DEFAULT_VERSION;
        }
        String checked = version;
        TemplateSpec.versionProblem(checked).ifPresent(problem -> {
            throw new IllegalArgumentException("version " + problem);
        });
        rows = rows == null ? List.of() : List.copyOf(rows);
    }
}
