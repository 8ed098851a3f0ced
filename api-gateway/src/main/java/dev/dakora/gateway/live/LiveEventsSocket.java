package dev.dakora.gateway.live;

import dev.dakora.common.event.EventJson;
import dev.dakora.gateway.messaging.LiveEvents;
import dev.dakora.gateway.messaging.LiveEvents.LiveEvent;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketSession;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code /ws/events?job_id=...} or {@code ?batch_id=...}: the current state first, then each event of
 * that job or batch as JSON text, until the job completes or the batch reaches a final status (then the
 * server closes normally). Events are followed before the state is read, so none falls in between; an
 * event may therefore arrive twice (once in the state, once live).
 */
public class LiveEventsSocket implements WebSocketHandler {

    private final LiveEvents events;
    private final LiveSnapshots snapshots;
    private final Function<String, Flux<Map<String, Object>>> experiments;

    public LiveEventsSocket(LiveEvents events, LiveSnapshots snapshots) {
        this(events, snapshots, id -> Flux.empty());
    }

    /** @param experiments {@code ?experiment_id=}: the experiment's progress messages, ending after a final status */
    public LiveEventsSocket(LiveEvents events, LiveSnapshots snapshots, Function<String, Flux<Map<String, Object>>> experiments) {
        this.events = events;
        this.snapshots = snapshots;
        this.experiments = experiments;
    }

    @Override
    public Mono<Void> handle(WebSocketSession session) {
        var query = UriComponentsBuilder.fromUri(session.getHandshakeInfo().getUri()).build().getQueryParams();
        String jobId = query.getFirst("job_id");
        String batchId = query.getFirst("batch_id");
        String experimentId = query.getFirst("experiment_id");
        if (experimentId != null && jobId == null && batchId == null && !experimentId.isBlank()) {
            return session.send(experiments.apply(experimentId).map(EventJson::writeString).map(session::textMessage))
                    .then(session.close())
                    .onErrorResume(e -> session.close(CloseStatus.POLICY_VIOLATION.withReason(String.valueOf(e.getMessage()))));
        }
        if ((jobId == null) == (batchId == null) || (jobId != null && jobId.isBlank()) || (batchId != null && batchId.isBlank())) {
            return session.close(CloseStatus.POLICY_VIOLATION.withReason("give exactly one of job_id, batch_id or experiment_id"));
        }
        Flux<LiveEvent> live = jobId != null ? events.ofJob(jobId) : events.ofBatch(batchId);
        Flux<Map<String, Object>> state = jobId != null ? snapshots.ofJob(jobId) : snapshots.ofBatch(batchId);

        // follow live events now, hold them until the state has been sent
        Sinks.Many<Map<String, Object>> held = Sinks.many().unicast().onBackpressureBuffer();
        Disposable following = live.subscribe(event -> held.emitNext(event.body(),
                Sinks.EmitFailureHandler.busyLooping(Duration.ofSeconds(1))));
        // events this instance saw before the client came, which the stored state may not hold yet
        Flux<Map<String, Object>> seen = jobId != null
                ? Flux.fromIterable(events.recentOfJob(jobId)).map(LiveEvents.LiveEvent::body)
                : Flux.empty();
        Flux<String> messages = Flux.concat(seen, state, held.asFlux())
                .takeUntil(jobId != null ? LiveSnapshots::isLastOfJob : LiveSnapshots::isLastOfBatch)
                .map(EventJson::writeString)
                .doFinally(signal -> following.dispose());
        return session.send(messages.map(session::textMessage)).then(session.close());
    }
}
