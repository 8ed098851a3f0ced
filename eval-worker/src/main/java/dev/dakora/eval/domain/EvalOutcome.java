package dev.dakora.eval.domain;

import dev.dakora.common.event.CallScored;
import dev.dakora.common.event.ModelCallRequested;

/** What handling one call result yields: the evaluated call's score, or its next judge call. */
public sealed interface EvalOutcome {

    /** The last step: the evaluated call is scored. */
    record Scored(CallScored score) implements EvalOutcome {
    }

    /** A judge call to make before the evaluated call can be scored. */
    record JudgeNext(ModelCallRequested call) implements EvalOutcome {
    }
}
