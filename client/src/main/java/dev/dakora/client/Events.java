package dev.dakora.client;

import java.net.URI;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * Live events of a job or a batch over the WebSocket {@code /ws/events}. The API key goes in the
 * {@code X-API-Key} header of the handshake. Each subscription is one connection; close it when done.
 */
public final class Events {

    private final Transport transport;

    Events(Transport transport) {
        this.transport = transport;
    }

    public EventSubscription job(String jobId, EventListener listener) {
        return Transport.await(jobAsync(jobId, listener));
    }

    public CompletableFuture<EventSubscription> jobAsync(String jobId, EventListener listener) {
        return connect(Map.of("job_id", jobId), listener);
    }

    public EventSubscription batch(String batchId, EventListener listener) {
        return Transport.await(batchAsync(batchId, listener));
    }

    public CompletableFuture<EventSubscription> batchAsync(String batchId, EventListener listener) {
        return connect(Map.of("batch_id", batchId), listener);
    }

    /** The job's events as a {@link Flow.Publisher}: one connection per subscriber, completed when the stream ends. */
    public Flow.Publisher<DakoraEvent> jobPublisher(String jobId) {
        return new EventPublisher(listener -> jobAsync(jobId, listener));
    }

    /** The batch's events as a {@link Flow.Publisher}: one connection per subscriber, completed when the stream ends. */
    public Flow.Publisher<DakoraEvent> batchPublisher(String batchId) {
        return new EventPublisher(listener -> batchAsync(batchId, listener));
    }

    private CompletableFuture<EventSubscription> connect(Map<String, String> query, EventListener listener) {
        URI base = transport.base();
        String scheme = "https".equalsIgnoreCase(base.getScheme()) ? "wss" : "ws";
        URI uri = URI.create(scheme + base.toString().substring(base.getScheme().length()))
                .resolve("/ws/events?" + Transport.query(query));
        WebSocket.Builder builder = transport.http().newWebSocketBuilder();
        if (transport.apiKey() != null) {
            builder.header("X-API-Key", transport.apiKey());
        }
        EventSocketListener socketListener = new EventSocketListener(listener);
        return builder.buildAsync(uri, socketListener)
                .<EventSubscription>thenApply(socket -> new EventSubscription(socket))
                .exceptionallyCompose(failure -> CompletableFuture.failedFuture(translate(failure)));
    }

    private Throwable translate(Throwable failure) {
        Throwable cause = Transport.unwrap(failure);
        if (cause instanceof WebSocketHandshakeException handshake) {
            int status = handshake.getResponse().statusCode();
            String detail = "the WebSocket handshake was refused with HTTP " + status;
            return switch (status) {
                case 401, 403 -> new AuthenticationException(status, detail, List.of());
                case 404 -> new NotFoundException(status, detail, List.of());
                case 400 -> new ValidationException(status, detail, List.of());
                default -> new DakoraException(status, detail, List.of());
            };
        }
        return cause instanceof DakoraException ? cause : new ConnectionException(transport.base(), cause);
    }
}
