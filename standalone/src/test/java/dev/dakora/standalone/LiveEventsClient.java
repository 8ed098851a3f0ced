package dev.dakora.standalone;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads {@code /ws/events} until the server closes the socket, keeping every JSON event in order. */
final class LiveEventsClient implements WebSocket.Listener {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();

    static LiveEventsClient connect(URI uri) throws Exception {
        LiveEventsClient client = new LiveEventsClient();
        HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri, client).get(30, TimeUnit.SECONDS);
        return client;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            events.add(JSON.readTree(partial.toString()));
            partial.setLength(0);
        }
        socket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
        closed.completeExceptionally(error);
    }

    /** Waits for the server to close the socket and answers the events received. */
    List<JsonNode> eventsUntilClosed(Duration patience) throws Exception {
        closed.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        return List.copyOf(events);
    }
}
