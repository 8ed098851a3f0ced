package dev.dakora.evaluation.scoring;

import dev.dakora.common.event.ExperimentDefined;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The experiments compiled most recently, at most {@code capacity} of them (least recently used
 * dropped first), so an experiment's assertions are compiled once and not per call result.
 */
public final class CompiledExperiments {

    private final Map<String, CompiledExperiment> compiled;

    public CompiledExperiments(int capacity) {
        this.compiled = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CompiledExperiment> eldest) {
                return size() > capacity;
            }
        };
    }

    /** @throws IllegalArgumentException when the definition's spec cannot be compiled */
    public synchronized CompiledExperiment of(ExperimentDefined definition) {
        CompiledExperiment known = compiled.get(definition.experimentId());
        if (known == null) {
            known = CompiledExperiment.compile(definition);
            compiled.put(definition.experimentId(), known);
        }
        return known;
    }
}
