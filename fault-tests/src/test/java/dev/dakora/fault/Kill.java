package dev.dakora.fault;

/**
 * When a process was killed, as {@link System#nanoTime()}: {@code signalled} just before SIGKILL was sent
 * (an answer written before it may have reached the process), {@code exited} once the process and its
 * descendants had exited (every request it sent had arrived by then).
 */
record Kill(long signalled, long exited) {

    /** No kill: every request came before it, none was left unanswered by it. */
    static final Kill NONE = new Kill(Long.MAX_VALUE, Long.MAX_VALUE);

    /** Sends SIGKILL through {@code kill} and times it. */
    static Kill of(Runnable kill) {
        long signalled = System.nanoTime();
        kill.run();
        return new Kill(signalled, System.nanoTime());
    }
}
