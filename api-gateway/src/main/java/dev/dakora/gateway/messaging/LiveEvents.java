package dev.dakora.gateway.messaging;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The pipeline's results as this gateway instance sees them, fanned out to whoever follows a job or a
 * batch (WebSocket clients, the synchronous compare route). The events of recently active jobs are
 * also kept a while, because the database a late subscriber's state is read from lags the event stream:
 * a call that completed just before the subscriber came is in neither without them. That window holds
 * at most {@value #RECENT_JOBS} jobs, each for {@link #RECENT_FOR} after its last event, and keeps an
 * event in its compact form (the record's bytes), decoding it again only for a late subscriber: a large
 * batch passing through must not fill the heap with event maps nobody asks for.
 */
public class LiveEvents {

    /** One event for clients: its JSON body and the job and batch it belongs to. */
    public record LiveEvent(String jobId, String batchId, String type, Map<String, Object> body) {
    }

    static final int RECENT_JOBS = 10_000;
    static final Duration RECENT_FOR = Duration.ofSeconds(60);

    private static final class Recent {
        final List<Supplier<LiveEvent>> events = new ArrayList<>(2);
        long lastAt;
    }

    private final Sinks.Many<LiveEvent> sink = Sinks.many().multicast().directBestEffort();
    /** Least recently updated first: an update moves the job to the end. */
    private final LinkedHashMap<String, Recent> recent = new LinkedHashMap<>();
    private final LongSupplier nanoTime;

    public LiveEvents() {
        this(System::nanoTime);
    }

    LiveEvents(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    public void emit(LiveEvent event) {
        emit(event, () -> event);
    }

    /** @param again the event once more, for a late subscriber, from whatever compact form it was read from */
    public void emit(LiveEvent event, Supplier<LiveEvent> again) {
        if (event.jobId() != null) {
            long now = nanoTime.getAsLong();
            synchronized (recent) {
                Recent window = recent.remove(event.jobId());
                if (window == null) {
                    window = new Recent();
                }
                recent.put(event.jobId(), window);
                window.events.add(again);
                window.lastAt = now;
                forgetOld(now);
            }
        }
        // several listener threads may emit at once: retry on contention rather than drop
        sink.emitNext(event, Sinks.EmitFailureHandler.busyLooping(Duration.ofSeconds(1)));
    }

    private void forgetOld(long now) {
        long oldest = now - RECENT_FOR.toNanos();
        Iterator<Recent> windows = recent.values().iterator();
        int size = recent.size();
        while (windows.hasNext()) {
            Recent window = windows.next();
            if (size <= RECENT_JOBS && window.lastAt - oldest >= 0) {
                return;
            }
            windows.remove();
            size--;
        }
    }

    public Flux<LiveEvent> ofJob(String jobId) {
        return sink.asFlux().filter(event -> Objects.equals(jobId, event.jobId()));
    }

    /** The events of a job this instance has already seen, oldest first (empty once it is forgotten). */
    public List<LiveEvent> recentOfJob(String jobId) {
        List<Supplier<LiveEvent>> seen;
        synchronized (recent) {
            forgetOld(nanoTime.getAsLong());
            Recent window = recent.get(jobId);
            seen = window == null ? List.of() : List.copyOf(window.events);
        }
        return seen.stream().map(Supplier::get).toList();
    }

    public Flux<LiveEvent> ofBatch(String batchId) {
        return sink.asFlux().filter(event -> Objects.equals(batchId, event.batchId()));
    }
}
