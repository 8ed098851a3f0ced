package dev.dakora.client;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Running a stored template on the server, as {@link Prompts} does it: a render answers at once; a
 * compare waits for every model's call, so it goes through the transport that allows the compare timeout.
 */
final class TemplateRuns {

    private final Transport transport;
    private final Transport comparing;

    TemplateRuns(Transport transport, Transport comparing) {
        this.transport = transport;
        this.comparing = comparing;
    }

    CompletableFuture<RenderResult> render(String id, Selector selector, Map<String, ?> inputs) {
        return transport.json("POST", Transport.path("/api/templates/%s/render", id) + selector.query(),
                Map.of("inputs", inputs == null ? Map.of() : inputs), RenderResult.class);
    }

    CompletableFuture<CompareResult> compare(String id, Selector selector, CompareRequest request) {
        return comparing.json("POST", Transport.path("/api/templates/%s/compare", id) + selector.query(), request,
                CompareResult.class);
    }
}
