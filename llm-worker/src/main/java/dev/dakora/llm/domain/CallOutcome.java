package dev.dakora.llm.domain;

/**
 * How the tries of one call ended: a reply, or the last failure.
 *
 * @param attempts  tries sent to the provider
 * @param latencyMs duration of the last try sent (0 when none was sent)
 */
record CallOutcome(ChatReply reply, ModelCallException failure, int attempts, long latencyMs) {
}
