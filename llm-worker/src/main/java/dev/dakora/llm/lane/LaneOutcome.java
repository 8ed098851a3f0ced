package dev.dakora.llm.lane;

/** How one request of a provider batch ended: an answer with its usage, or the provider's reason it has none. */
public record LaneOutcome(boolean succeeded, String text, long tokensIn, long tokensOut, String error) {

    public static LaneOutcome answer(String text, long tokensIn, long tokensOut) {
        return new LaneOutcome(true, text == null ? "" : text, tokensIn, tokensOut, null);
    }

    public static LaneOutcome failure(String error) {
        return new LaneOutcome(false, null, 0, 0, error);
    }
}
