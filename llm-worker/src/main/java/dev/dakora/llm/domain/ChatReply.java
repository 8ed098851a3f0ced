package dev.dakora.llm.domain;

/** A model's answer and the tokens the provider counted. */
public record ChatReply(String text, long tokensIn, long tokensOut) {
}
