package dev.dakora.client;

/** Receives the live events of one job or batch, in order, on the WebSocket's thread. */
@FunctionalInterface
public interface EventListener {

    void onEvent(DakoraEvent event);

    /** The connection failed; no more events come. */
    default void onError(Throwable error) {
    }

    /** The server closed the stream, as it does after the last event of the job or batch. */
    default void onClosed() {
    }
}
