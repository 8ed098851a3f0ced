package dev.dakora.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pipeline's own latency: synchronous compares on the built-in {@code echo} model (no model latency)
 * through the running standalone, {@code POST /api/templates/{id}/compare}, which submits a compare job
 * to Kafka and answers on its {@code job.completed}: gateway, render worker, LLM worker and log sink
 * aggregation all lie on the path. A fixed number of clients send one request after another.
 *
 * <p>Arguments: {@code <base url> [requests, 2000] [concurrency, 4] [warm-up requests, 1000] [max seconds, 120]}.
 * Prints p50, p90, p99 and max in milliseconds, and the requests per second.
 */
public final class PipelineOverhead {

    private static final String TEMPLATE = "bench-overhead";
    /** With {@code OVERHEAD_TIMES=<file>}: each measured request's send and answer wall times, for PipelineTrace. */
    private static List<String> WALL_TIMES;

    private PipelineOverhead() {
    }

    public static void main(String[] args) throws Exception {
        BenchHttp http = new BenchHttp(args[0]);
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        long maxNanos = (args.length > 4 ? Long.parseLong(args[4]) : 120) * 1_000_000_000L;
        http.ensureTemplate(TEMPLATE);
        run(http, warmUp, concurrency, maxNanos);
        String timesFile = System.getenv("OVERHEAD_TIMES");
        WALL_TIMES = timesFile == null ? null : java.util.Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        List<Long> latencies = run(http, requests, concurrency, maxNanos);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (timesFile != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(timesFile), WALL_TIMES);
        }
        Collections.sort(latencies);
        System.out.printf("RESULT overhead concurrency=%d requests=%d p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms rate=%.0f/s%n",
                concurrency, latencies.size(), percentile(latencies, 50), percentile(latencies, 90),
                percentile(latencies, 99), latencies.getLast() / 1e6, latencies.size() / seconds);
    }

    private static List<Long> run(BenchHttp http, int requests, int concurrency, long maxNanos) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long deadline = System.nanoTime() + maxNanos;
        List<Future<List<Long>>> clients = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
            for (int client = 0; client < concurrency; client++) {
                clients.add(pool.submit(() -> {
                    List<Long> own = new ArrayList<>();
                    int index;
                    while ((index = next.getAndIncrement()) < requests && System.nanoTime() < deadline) {
                        long sent = System.nanoTime();
                        long sentAt = System.currentTimeMillis();
                        BenchHttp.require(http.post("/api/templates/" + TEMPLATE + "/compare",
                                Map.of("inputs", Map.of("item", "row-" + index), "models", List.of("echo"))), 200);
                        own.add(System.nanoTime() - sent);
                        if (WALL_TIMES != null) {
                            WALL_TIMES.add(sentAt + " " + System.currentTimeMillis());
                        }
                    }
                    return own;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> client : clients) {
                all.addAll(client.get());
            }
            return all;
        }
    }

    private static double percentile(List<Long> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
