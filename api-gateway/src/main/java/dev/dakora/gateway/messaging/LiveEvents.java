package dev.dakora.gateway.messaging;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.util.Map;
import java.util.Objects;

/**
 * The pipeline's results as this gateway instance sees them, fanned out to whoever follows a job or a
 * batch (WebSocket clients, the synchronous compare route). Events that nobody follows are dropped.
 */
public class LiveEvents {

    /** One event for clients: its JSON body and the job and batch it belongs to. */
    public record LiveEvent(String jobId, String batchId, String type, Map<String, Object> body) {
    }

    private final Sinks.Many<LiveEvent> sink = Sinks.many().multicast().directBestEffort();

    public void emit(LiveEvent event) {
        // several listener threads may emit at once: retry on contention rather than drop
        sink.emitNext(event, Sinks.EmitFailureHandler.busyLooping(java.time.Duration.ofSeconds(1)));
    }

    public Flux<LiveEvent> ofJob(String jobId) {
        return sink.asFlux().filter(event -> Objects.equals(jobId, event.jobId()));
    }

    public Flux<LiveEvent> ofBatch(String batchId) {
        return sink.asFlux().filter(event -> Objects.equals(batchId, event.batchId()));
    }
}
