package dev.dakora.evaluation.scoring;

import dev.dakora.common.event.ExperimentDefined;
import dev.dakora.common.template.TemplateDocuments;
import dev.dakora.common.template.TemplateSpec;
import dev.dakora.evaluation.assertion.AssertionSuite;
import dev.dakora.evaluation.experiment.ExperimentSpecParser;

import java.util.HashMap;
import java.util.Map;

/**
 * An experiment ready to score with: its assertions compiled once, and the judge template resolved at
 * submission for each judge assertion (by assertion index).
 */
public record CompiledExperiment(String experimentId, AssertionSuite suite, Map<Integer, TemplateSpec> judgeTemplates) {

    public CompiledExperiment {
        judgeTemplates = Map.copyOf(judgeTemplates);
    }

    /**
     * @throws IllegalArgumentException when the spec or a judge template document cannot be read
     *                                  (the evaluation module's exceptions are illegal arguments)
     */
    public static CompiledExperiment compile(ExperimentDefined definition) {
        AssertionSuite suite = ExperimentSpecParser.parse(definition.spec()).suite();
        Map<Integer, TemplateSpec> judges = new HashMap<>();
        definition.judgeTemplates().forEach((index, document) -> {
            try {
                judges.put(Integer.parseInt(index), TemplateDocuments.fromMap(document));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("judge_templates key '" + index + "' is not an assertion index", e);
            }
        });
        return new CompiledExperiment(definition.experimentId(), suite, judges);
    }
}
