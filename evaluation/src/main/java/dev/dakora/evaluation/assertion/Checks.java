package dev.dakora.evaluation.assertion;

/** Compiles each kind of spec into its check. */
final class Checks {

    private Checks() {
    }

    static Check compile(int index, AssertionSpec spec) {
        return switch (spec) {
            case Equals s -> TextChecks.equalsCheck(index, s);
            case Contains s -> TextChecks.containsCheck(index, s);
            case NotContains s -> TextChecks.notContainsCheck(index, s);
            case StartsWith s -> TextChecks.startsWithCheck(index, s);
            case LengthBounds s -> TextChecks.lengthCheck(index, s);
            case RegexMatch s -> MeasureChecks.regex(index, s);
            case LatencyBound s -> MeasureChecks.latency(index, s);
            case CostBound s -> MeasureChecks.cost(index, s);
            case Similar s -> MeasureChecks.similar(index, s);
            case LlmJudge s -> MeasureChecks.judge(index, s);
            case IsJson s -> JsonChecks.isJson(index, s);
            case JsonSchemaMatch s -> JsonChecks.schema(index, s);
            case JsonPathEquals s -> JsonChecks.path(index, s);
        };
    }
}
