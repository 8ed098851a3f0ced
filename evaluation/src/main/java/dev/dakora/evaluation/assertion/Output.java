package dev.dakora.evaluation.assertion;

import tools.jackson.databind.JsonNode;

import java.util.Map;

/**
 * One evaluation's view of an output: the input, the judge verdicts, and the output read as JSON at
 * most once however many JSON assertions ask for it.
 */
final class Output {

    final EvalInput input;
    final Map<Integer, JudgeVerdict> verdicts;
    private JsonNode json;
    private Object plain;
    private String jsonProblem;

    Output(EvalInput input, Map<Integer, JudgeVerdict> verdicts) {
        this.input = input;
        this.verdicts = verdicts == null ? Map.of() : verdicts;
    }

    String text() {
        return input.output();
    }

    /** The output as JSON, or {@code null} with {@link #jsonProblem()} saying why not. */
    JsonNode json() {
        if (json == null && jsonProblem == null) {
            StringBuilder problem = new StringBuilder();
            json = OutputJson.parse(input.output(), problem);
            jsonProblem = json == null ? problem.toString() : null;
        }
        return json;
    }

    /** The output as plain Java maps, lists and values; only after {@link #json()} gave a node. */
    Object plain() {
        if (plain == null) {
            plain = OutputJson.MAPPER.treeToValue(json, Object.class);
        }
        return plain;
    }

    String jsonProblem() {
        return jsonProblem;
    }
}
