package dev.dakora.gateway.experiments;

import reactor.core.publisher.Flux;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An experiment's progress as live messages: its read model polled every {@code interval}, one
 * {@code experiment.progress} message {@code {"type","experiment_id","status","total_calls","scored_calls","passed"}}
 * whenever it changed, ending after the first final status. An unknown experiment ends at once with
 * {@link ExperimentNotFoundException}.
 */
public class ExperimentProgress {

    public static final String TYPE = "experiment.progress";

    private final ExperimentReads reads;
    private final Duration interval;

    public ExperimentProgress(ExperimentReads reads, Duration interval) {
        this.reads = reads;
        this.interval = interval;
    }

    public Flux<Map<String, Object>> of(String experimentId) {
        return reads.find(experimentId).flatMapMany(experiment -> Flux.interval(Duration.ZERO, interval)
                .onBackpressureDrop()
                .concatMap(tick -> reads.progressView(experiment))
                .distinctUntilChanged()
                .map(ExperimentProgress::typed)
                .takeUntil(ExperimentProgress::isLast));
    }

    static boolean isLast(Map<String, Object> message) {
        String status = String.valueOf(message.get("status"));
        return !status.equals("queued") && !status.equals("running");
    }

    private static Map<String, Object> typed(Map<String, Object> progress) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", TYPE);
        message.putAll(progress);
        return message;
    }
}
