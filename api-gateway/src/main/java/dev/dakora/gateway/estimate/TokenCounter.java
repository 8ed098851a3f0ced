package dev.dakora.gateway.estimate;

/**
 * Counts the tokens of a prompt for one model family.
 *
 * @see Tokenizers
 */
interface TokenCounter {

    /** The tokens of {@code text}. */
    long count(String text);

    /** The name shown in an estimate: an encoding ({@code o200k_base}) or how the count is approximated. */
    String name();

    /** True when the count is the provider's own tokenization, false when it is an approximation. */
    boolean exact();
}
