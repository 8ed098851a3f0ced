package dev.dakora.client;

import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;

/** Joins the parts of each text message, decodes it and hands it to the app's {@link EventListener}. */
final class EventSocketListener implements WebSocket.Listener {

    private final EventListener listener;
    private final StringBuilder message = new StringBuilder();
    private boolean closed;

    EventSocketListener(EventListener listener) {
        this.listener = listener;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
        message.append(data);
        if (last) {
            String text = message.toString();
            message.setLength(0);
            try {
                listener.onEvent(EventDecoder.decode(text));
            } catch (RuntimeException e) {
                listener.onError(e);
            }
        }
        socket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
        closeOnce();
        return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
        listener.onError(error);
        closeOnce();
    }

    private synchronized void closeOnce() {
        if (!closed) {
            closed = true;
            listener.onClosed();
        }
    }
}
