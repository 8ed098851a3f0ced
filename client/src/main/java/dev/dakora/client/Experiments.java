package dev.dakora.client;

import tools.jackson.core.type.TypeReference;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Experiments ({@code /api/experiments}): every row of a stored dataset version run with each listed
 * template version on each model, {@code samples} times, each output scored by the experiment's
 * assertions. {@link ExperimentFiles} reads an experiment file (YAML or JSON) into the spec map.
 */
public final class Experiments {

    private static final Duration FIRST_POLL = Duration.ofMillis(250);
    private static final Duration MAX_POLL = Duration.ofSeconds(2);

    private final Transport transport;

    Experiments(Transport transport) {
        this.transport = transport;
    }

    /** Submits an experiment given as its JSON map ({@code name, template, versions, models, samples?, dataset, ...}). */
    public Experiment create(Map<String, ?> spec) {
        return Transport.await(createAsync(spec));
    }

    /** Submits the experiment an experiment file ({@code .yaml}, {@code .yml} or {@code .json}) describes. */
    public Experiment create(java.nio.file.Path file) {
        return create(ExperimentFiles.read(file));
    }

    public CompletableFuture<Experiment> createAsync(Map<String, ?> spec) {
        return transport.json("POST", "/api/experiments", spec, Experiment.class);
    }

    public Experiment get(String experimentId) {
        return Transport.await(getAsync(experimentId));
    }

    public CompletableFuture<Experiment> getAsync(String experimentId) {
        return transport.json("GET", Transport.path("/api/experiments/%s", experimentId), null, Experiment.class);
    }

    /** A page of experiments, newest first; each argument may be null (every template, default limit, first page). */
    public Page<Experiment> list(String templateId, Integer limit, String cursor) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("template_id", templateId);
        params.put("limit", limit == null ? null : String.valueOf(limit));
        params.put("cursor", cursor);
        return Transport.await(transport.json("GET", "/api/experiments" + query(params), null,
                new TypeReference<Page<Experiment>>() { }));
    }

    /** One page of scored results in grid order (row, version, model, sample); {@code cursor} null for the first. */
    public Page<ExperimentResult> results(String experimentId, Integer limit, String cursor) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("limit", limit == null ? null : String.valueOf(limit));
        params.put("cursor", cursor);
        return Transport.await(transport.json("GET", Transport.path("/api/experiments/%s/results", experimentId) + query(params),
                null, new TypeReference<Page<ExperimentResult>>() { }));
    }

    /** Every scored result so far, following the pages. */
    public List<ExperimentResult> allResults(String experimentId) {
        List<ExperimentResult> results = new ArrayList<>();
        String cursor = null;
        do {
            Page<ExperimentResult> page = results(experimentId, 5000, cursor);
            results.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return results;
    }

    /** The experiment against a baseline over each one's first column, with the server's tolerance (0.05). */
    public ExperimentComparison compare(String experimentId, String baselineId) {
        return compare(experimentId, baselineId, null, null, null);
    }

    /** As {@link #compare(String, String)} over the column {@code version} x {@code model}; null arguments take the defaults. */
    public ExperimentComparison compare(String experimentId, String baselineId, String version, String model, Double tolerance) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("baseline", baselineId);
        params.put("version", version);
        params.put("model", model);
        params.put("tolerance", tolerance == null ? null : String.valueOf(tolerance));
        return Transport.await(transport.json("GET", Transport.path("/api/experiments/%s/compare", experimentId) + query(params),
                null, ExperimentComparison.class));
    }

    /** Cancels every job of the experiment not yet final; 409 ({@link ConflictException}) once it is final. */
    public ExperimentCancellation cancel(String experimentId) {
        return Transport.await(transport.json("POST", Transport.path("/api/experiments/%s/cancel", experimentId), null,
                ExperimentCancellation.class));
    }

    /**
     * Polls until the experiment is final, handing each answer to {@code progress} (status, scored calls of
     * total calls); {@link JobTimeoutException} (naming the experiment) when it is not final within {@code timeout}.
     */
    public Experiment await(String experimentId, Duration timeout, Consumer<Experiment> progress) {
        return Transport.await(poll(experimentId, timeout, System.nanoTime() + timeout.toNanos(), FIRST_POLL, progress));
    }

    private CompletableFuture<Experiment> poll(String experimentId, Duration timeout, long deadline, Duration pause,
                                               Consumer<Experiment> progress) {
        return getAsync(experimentId).thenCompose(experiment -> {
            progress.accept(experiment);
            if (experiment.isFinal()) {
                return CompletableFuture.completedFuture(experiment);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return CompletableFuture.failedFuture(new JobTimeoutException(experimentId, experiment.status(), timeout));
            }
            Duration next = pause.multipliedBy(2).compareTo(MAX_POLL) > 0 ? MAX_POLL : pause.multipliedBy(2);
            return CompletableFuture.supplyAsync(() -> null,
                            CompletableFuture.delayedExecutor(Math.min(pause.toNanos(), left), TimeUnit.NANOSECONDS))
                    .thenCompose(ignored -> poll(experimentId, timeout, deadline, next, progress));
        });
    }

    private static String query(Map<String, String> params) {
        String query = Transport.query(params);
        return query.isEmpty() ? "" : "?" + query;
    }
}
