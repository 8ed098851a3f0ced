package dev.dakora.evaluation.assertion;

import com.google.re2j.Pattern;

/** The checks on a pattern, the call's measurements, a similarity or a judge's score. */
final class MeasureChecks {

    private MeasureChecks() {
    }

    static Check regex(int index, RegexMatch spec) {
        Pattern pattern = RegexMatch.compile(spec.value(), spec.ignoreCase());
        return out -> pattern.matcher(out.text()).find()
                ? Check.pass(index, spec, "the output matches /" + spec.value() + "/")
                : Check.fail(index, spec, "the output does not match /" + spec.value() + "/");
    }

    static Check latency(int index, LatencyBound spec) {
        return out -> Check.of(index, spec, out.input.latencyMs() <= spec.maxMs(),
                out.input.latencyMs() + " ms, limit " + spec.maxMs() + " ms");
    }

    static Check cost(int index, CostBound spec) {
        return out -> out.input.costUsd() == null
                ? Check.fail(index, spec, "the call has no price, so its cost cannot be checked")
                : Check.of(index, spec, out.input.costUsd().compareTo(spec.maxUsd()) <= 0,
                        "$" + out.input.costUsd().toPlainString() + ", limit $" + spec.maxUsd().toPlainString());
    }

    static Check similar(int index, Similar spec) {
        return out -> {
            String reference = spec.value() != null ? spec.value() : out.input.expected();
            if (reference == null) {
                return Check.fail(index, spec, "the row has no expected output to compare with");
            }
            double score;
            try {
                score = spec.metric() == SimilarityMetric.LEVENSHTEIN ? Similarity.levenshtein(out.text(), reference)
                        : Similarity.rougeL(out.text(), reference);
            } catch (IllegalArgumentException e) {
                return Check.fail(index, spec, e.getMessage());
            }
            return scored(index, spec, score, spec.threshold(), spec.metric().wireName());
        };
    }

    static Check judge(int index, LlmJudge spec) {
        return out -> {
            JudgeVerdict verdict = out.verdicts.get(index);
            if (verdict == null) {
                return Check.fail(index, spec, "no verdict from the judge " + spec.model());
            }
            if (verdict.failed()) {
                return Check.fail(index, spec, "the judge gave no score: " + verdict.error());
            }
            AssertionResult result = scored(index, spec, verdict.score(), spec.threshold(), "judge score");
            return verdict.reason() == null ? result : new AssertionResult(index, spec.type(), result.pass(),
                    result.score(), result.weight(), result.reason() + ": " + verdict.reason());
        };
    }

    private static AssertionResult scored(int index, AssertionSpec spec, double score, double threshold, String what) {
        boolean pass = score >= threshold;
        return new AssertionResult(index, spec.type(), pass, score, spec.weight(),
                what + " " + Math.round(score * 1000) / 1000.0 + (pass ? " >= " : " < ") + "threshold " + threshold);
    }
}
