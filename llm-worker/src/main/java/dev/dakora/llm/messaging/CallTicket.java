package dev.dakora.llm.messaging;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Where one polled call stands. It starts queued; the first try sent makes it sent, for good. A queued
 * call can instead be withdrawn (its partition is being taken away: it is never sent by this worker) or
 * known (its result is already in {@code dakora.call-results}: it is acknowledged without a new result).
 */
final class CallTicket {

    enum State { QUEUED, SENT, WITHDRAWN, KNOWN }

    private final String callId;
    private final AtomicReference<State> state = new AtomicReference<>(State.QUEUED);
    private volatile Thread thread;

    CallTicket(String callId) {
        this.callId = callId;
    }

    String callId() {
        return callId;
    }

    State state() {
        return state.get();
    }

    /** Called right before each try: true once the call is sent, false if it was withdrawn or known. */
    boolean send() {
        return state.compareAndSet(State.QUEUED, State.SENT) || state.get() == State.SENT;
    }

    boolean markKnown() {
        return state.compareAndSet(State.QUEUED, State.KNOWN);
    }

    /**
     * Withdraws a call not sent yet and interrupts the thread running it, so it stops waiting for a slot
     * or a permit. A call already sent is not touched.
     *
     * @return whether the call is withdrawn (now or before)
     */
    boolean withdraw() {
        if (state.compareAndSet(State.QUEUED, State.WITHDRAWN)) {
            Thread running = thread;
            if (running != null) {
                running.interrupt();
            }
            return true;
        }
        return state.get() == State.WITHDRAWN;
    }

    /** Records the thread running the call; false if it was withdrawn before it started. */
    boolean runningOn(Thread current) {
        thread = current;
        return state.get() != State.WITHDRAWN;
    }
}
