package dev.dakora.evaluation.assertion;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.List;
import java.util.Map;

/** Builds suites from YAML as a user writes it in an experiment file. */
final class Suites {

    private Suites() {
    }

    static List<?> yamlList(String yaml) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yamlMap(String yaml) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    }

    static AssertionSuite suite(String yaml) {
        return AssertionSuite.compile(AssertionParser.parseAll(yamlList(yaml)), null);
    }

    static AssertionResult first(String yaml, EvalInput input) {
        return suite(yaml).evaluate(input, Map.of()).assertions().getFirst();
    }

    static AssertionResult first(String yaml, String output) {
        return first(yaml, EvalInput.of(output, null));
    }
}
