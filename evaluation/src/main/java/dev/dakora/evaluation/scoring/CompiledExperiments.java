package dev.dakora.evaluation.scoring;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.dakora.common.event.ExperimentDefined;

/**
 * The experiments compiled most recently, at most {@code capacity} of them (Caffeine: the least likely
 * to be used again go first), so an experiment's assertions are compiled once and not per call result.
 */
public final class CompiledExperiments {

    private final Cache<String, CompiledExperiment> compiled;

    public CompiledExperiments(int capacity) {
        this.compiled = Caffeine.newBuilder().maximumSize(capacity).executor(Runnable::run).build();
    }

    /** @throws IllegalArgumentException when the definition's spec cannot be compiled (nothing is kept then) */
    public CompiledExperiment of(ExperimentDefined definition) {
        return compiled.get(definition.experimentId(), id -> CompiledExperiment.compile(definition));
    }

    long size() {
        compiled.cleanUp();
        return compiled.estimatedSize();
    }
}
