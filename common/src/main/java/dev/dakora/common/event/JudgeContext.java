package dev.dakora.common.event;

import java.util.List;

/**
 * Carried by a judge call (in its {@link EvalContext}) so the eval stage keeps no state between the
 * judge calls of one evaluated call: the evaluated call's result, which judge assertion this call
 * answers, and the verdicts of the judge calls made before it.
 *
 * @param evaluated      the evaluated call's result, without its own eval context
 * @param sample         the evaluated call's sample number
 * @param assertionIndex the index, in the experiment's assertion list, of the judge assertion this call answers
 * @param verdicts       the verdicts of the earlier judge assertions, in order
 */
public record JudgeContext(ModelCallCompleted evaluated, int sample, int assertionIndex, List<JudgeOutcome> verdicts) {

    public JudgeContext {
        Require.present(evaluated, "judge.evaluated");
        if (evaluated.eval() != null) {
            throw new IllegalArgumentException("judge.evaluated carries no eval context of its own");
        }
        if (sample < 0 || assertionIndex < 0) {
            throw new IllegalArgumentException("judge.sample and judge.assertion_index must not be negative");
        }
        verdicts = verdicts == null ? List.of() : List.copyOf(verdicts);
    }
}
