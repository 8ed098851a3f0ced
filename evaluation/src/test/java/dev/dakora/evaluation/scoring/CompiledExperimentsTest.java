package dev.dakora.evaluation.scoring;

import dev.dakora.common.event.ExperimentDefined;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompiledExperimentsTest {

    private static final List<Map<String, Object>> CONTAINS = List.of(Map.of("type", "contains", "value", "x"));

    @Test
    void should_compile_an_experiment_once_and_answer_the_same_compilation_again() {
        CompiledExperiments compiled = new CompiledExperiments(4);
        ExperimentDefined definition = Definitions.defined("exp-1", CONTAINS);

        CompiledExperiment first = compiled.of(definition);
        CompiledExperiment second = compiled.of(definition);

        assertThat(second).isSameAs(first);
        assertThat(compiled.of(Definitions.defined("exp-2", CONTAINS))).isNotSameAs(first);
    }

    @Test
    void should_throw_for_a_definition_that_does_not_compile_and_keep_nothing_of_it() {
        CompiledExperiments compiled = new CompiledExperiments(4);
        ExperimentDefined broken = Definitions.defined("exp-broken", List.of(Map.of("type", "contians", "value", "x")));

        assertThatThrownBy(() -> compiled.of(broken)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> compiled.of(broken)).isInstanceOf(IllegalArgumentException.class);
        assertThat(compiled.size()).isZero();
    }

    @Test
    void should_keep_at_most_its_capacity() {
        CompiledExperiments compiled = new CompiledExperiments(3);

        for (int i = 0; i < 20; i++) {
            compiled.of(Definitions.defined("exp-" + i, CONTAINS));
        }

        assertThat(compiled.size()).isLessThanOrEqualTo(3).isPositive();
    }
}
