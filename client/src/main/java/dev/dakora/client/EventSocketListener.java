package dev.dakora.client;

import java.net.http.WebSocket;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Joins the parts of each text message, decodes it and hands it to the app's {@link EventListener}.
 * The server sends a late subscriber the state so far, then the live events, and the two can overlap:
 * a call ({@code call_id}) or a job's completion ({@code job_id}) already handed over is not handed again.
 */
final class EventSocketListener implements WebSocket.Listener {

    private final EventListener listener;
    private final StringBuilder message = new StringBuilder();
    private final Set<String> delivered = new HashSet<>();
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
                DakoraEvent event = EventDecoder.decode(text);
                if (firstTime(event)) {
                    listener.onEvent(event);
                }
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

    private boolean firstTime(DakoraEvent event) {
        return switch (event) {
            case DakoraEvent.CallCompleted call -> call.callId() == null || delivered.add("call:" + call.callId());
            case DakoraEvent.JobCompleted job -> job.jobId() == null || delivered.add("job:" + job.jobId());
            default -> true;
        };
    }

    private synchronized void closeOnce() {
        if (!closed) {
            closed = true;
            listener.onClosed();
        }
    }
}
