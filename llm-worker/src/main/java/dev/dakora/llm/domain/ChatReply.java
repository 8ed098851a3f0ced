package dev.dakora.llm.domain;

/**
 * A model's answer and the tokens the provider counted.
 *
 * @param rateHeaders what the provider said about its remaining limits, {@link RateHeaders#NONE} if nothing
 */
public record ChatReply(String text, long tokensIn, long tokensOut, RateHeaders rateHeaders) {

    public ChatReply {
        rateHeaders = rateHeaders == null ? RateHeaders.NONE : rateHeaders;
    }

    public ChatReply(String text, long tokensIn, long tokensOut) {
        this(text, tokensIn, tokensOut, RateHeaders.NONE);
    }
}
