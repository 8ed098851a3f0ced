package dev.dakora.llm.domain;

/**
 * Asked right before each try of a call is sent to its provider. A call whose gate stays closed is
 * abandoned unsent: its partition was taken away, or its result is already known.
 */
@FunctionalInterface
public interface SendGate {

    /** A gate that never closes. */
    SendGate OPEN = () -> true;

    /** @return whether this try may be sent; once it returned true, later calls must return true as well */
    boolean mayStart();
}
