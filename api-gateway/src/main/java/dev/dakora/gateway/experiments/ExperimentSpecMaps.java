package dev.dakora.gateway.experiments;

import dev.dakora.evaluation.assertion.AssertionSpec;
import dev.dakora.evaluation.experiment.ExperimentSpec;

import java.util.LinkedHashMap;
import java.util.Map;

/** An experiment as its JSON map: the same map {@code ExperimentSpecParser.parse} reads back. */
final class ExperimentSpecMaps {

    private ExperimentSpecMaps() {
    }

    static Map<String, Object> toMap(ExperimentSpec spec, int datasetVersion) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", spec.name());
        map.put("template", spec.template());
        map.put("versions", spec.versions());
        map.put("models", spec.models());
        map.put("samples", spec.samples());
        map.put("dataset", Map.of("name", spec.dataset(), "version", String.valueOf(datasetVersion)));
        if (spec.passThreshold() != null) {
            map.put("pass_threshold", spec.passThreshold());
        }
        map.put("assertions", spec.assertions().stream().map(AssertionSpec::toMap).toList());
        return map;
    }
}
