package dev.dakora.client;

import java.net.http.WebSocket;

/** One open live-event stream; {@link #close()} ends it. */
public final class EventSubscription implements AutoCloseable {

    private final WebSocket socket;

    EventSubscription(WebSocket socket) {
        this.socket = socket;
    }

    public boolean isOpen() {
        return !socket.isInputClosed();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
        socket.abort();
    }
}
