package dev.dakora.llm.domain;

/**
 * The last look at a try's rate permits before it leaves: the HTTP client every langchain4j provider but
 * Azure goes through calls {@link #beforeSend()} right before handing the request to the JDK client, on the
 * try's own thread (started by the thread that holds the permits, so it inherits them). A permit too old by
 * then is replaced ({@link FreshPermits}): time spent building the request after the permit was checked in
 * {@link ModelGuard} counts against the provider's window too.
 */
public final class SendCheck {

    private static final InheritableThreadLocal<FreshPermits> CURRENT = new InheritableThreadLocal<>();

    private SendCheck() {
    }

    /**
     * Makes sure the permits of the try on this thread are fresh enough to send it now; nothing to do for a
     * request outside a try.
     *
     * @throws ModelCallException {@link FailureKind#LIMIT_WAIT_EXCEEDED} or {@link FailureKind#CANCELLED}
     *                            when no fresh permit came
     */
    public static void beforeSend() throws InterruptedException {
        FreshPermits permits = CURRENT.get();
        if (permits != null) {
            permits.ensureFresh();
        }
    }

    /** Runs {@code call} (and the threads it starts) with {@code permits} as the try's permits. */
    static ChatReply during(FreshPermits permits, ModelGuard.Attempt call) throws InterruptedException {
        FreshPermits outer = CURRENT.get();
        CURRENT.set(permits);
        try {
            return call.run();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }
}
