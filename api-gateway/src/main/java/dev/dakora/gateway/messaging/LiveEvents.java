package dev.dakora.gateway.messaging;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The pipeline's results as this gateway instance sees them, fanned out to whoever follows a job or a
 * batch (WebSocket clients, the synchronous compare route). The events of the most recent jobs are
 * also kept a while, because the database a late subscriber's state is read from lags the event stream:
 * a call that completed just before the subscriber came is in neither without them.
 */
public class LiveEvents {

    /** One event for clients: its JSON body and the job and batch it belongs to. */
    public record LiveEvent(String jobId, String batchId, String type, Map<String, Object> body) {
    }

    private static final int RECENT_JOBS = 10_000;

    private final Sinks.Many<LiveEvent> sink = Sinks.many().multicast().directBestEffort();
    private final Map<String, List<LiveEvent>> recent = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<LiveEvent>> eldest) {
            return size() > RECENT_JOBS;
        }
    };

    public void emit(LiveEvent event) {
        if (event.jobId() != null) {
            synchronized (recent) {
                recent.computeIfAbsent(event.jobId(), id -> new ArrayList<>()).add(event);
            }
        }
        // several listener threads may emit at once: retry on contention rather than drop
        sink.emitNext(event, Sinks.EmitFailureHandler.busyLooping(java.time.Duration.ofSeconds(1)));
    }

    public Flux<LiveEvent> ofJob(String jobId) {
        return sink.asFlux().filter(event -> Objects.equals(jobId, event.jobId()));
    }

    /** The events of a job this instance has already seen, oldest first (empty once it is forgotten). */
    public List<LiveEvent> recentOfJob(String jobId) {
        synchronized (recent) {
            return List.copyOf(recent.getOrDefault(jobId, List.of()));
        }
    }

    public Flux<LiveEvent> ofBatch(String batchId) {
        return sink.asFlux().filter(event -> Objects.equals(batchId, event.batchId()));
    }
}
