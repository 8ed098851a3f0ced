package dev.dakora.evaluation.assertion;

/** One compiled assertion: its patterns, schemas and paths prepared once, run on each output. */
interface Check {

    AssertionResult run(Output out);

    static AssertionResult pass(int index, AssertionSpec spec, String reason) {
        return new AssertionResult(index, spec.type(), true, 1.0, spec.weight(), reason);
    }

    static AssertionResult fail(int index, AssertionSpec spec, String reason) {
        return new AssertionResult(index, spec.type(), false, 0.0, spec.weight(), reason);
    }

    static AssertionResult of(int index, AssertionSpec spec, boolean pass, String reason) {
        return pass ? pass(index, spec, reason) : fail(index, spec, reason);
    }
}
