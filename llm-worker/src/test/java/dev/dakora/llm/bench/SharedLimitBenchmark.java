package dev.dakora.llm.bench;

import dev.dakora.llm.persistence.PostgresPermitStore;
import dev.dakora.llm.support.LimitsDatabase;
import dev.dakora.llm.support.SharedLimitRun;
import dev.dakora.testsupport.FakeOpenAiProvider;
import dev.dakora.testsupport.Reply;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Shared rate limits, measured (not part of the build; {@code bench/shared-limits.sh} runs it).
 * <ul>
 *   <li>{@code adherence <workers> <calls> <limit> <window-ms> <margin-ms>}: worker processes sharing one limit
 *       against a fake provider answering in 200 ms; prints the most requests in any window and the rate.</li>
 *   <li>{@code cpu <workers> <calls> <limit> <window-ms>}: the same, printing calls per CPU-second of the
 *       worker processes.</li>
 *   <li>{@code permit <threads> <permits>}: the cost of one permit in the PostgreSQL store.</li>
 * </ul>
 */
public final class SharedLimitBenchmark {

    private SharedLimitBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "adherence", "cpu" -> processes(args);
            case "permit" -> permitCost(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            default -> throw new IllegalArgumentException("mode: adherence, cpu or permit");
        }
        System.exit(0);
    }

    private static void processes(String[] args) throws Exception {
        int workers = Integer.parseInt(args[1]);
        int calls = Integer.parseInt(args[2]);
        int limit = Integer.parseInt(args[3]);
        Duration window = Duration.ofMillis(Long.parseLong(args[4]));
        Duration margin = Duration.ofMillis(args.length > 5 ? Long.parseLong(args[5]) : 1000);
        try (FakeOpenAiProvider server = FakeOpenAiProvider.start()) {
            server.otherwise(Reply.ok("ok", 10, 5).after(Duration.ofMillis(200)));
            long start = System.nanoTime();
            String database = LimitsDatabase.createAudited();
            SharedLimitRun.Result r = SharedLimitRun.run(database, server, workers, calls / workers, limit,
                    window, margin, Duration.ofMinutes(30), Path.of("target", "shared-limit-bench"));
            long[] grants = LimitsDatabase.grants(database, "fake/limited#requests");
            double limitPerSecond = limit * 1000.0 / window.toMillis();
            System.out.printf("%s: %d workers, %d per %s (margin %s): %d requests (%d succeeded, %d failed) in %.1f s; "
                            + "at most %d in any window (limit %d); span %.1f s; %.2f/s = %.1f%% of the limit; "
                            + "worker CPU %s ms; %.0f calls per CPU-second; permits kept %d, at most %d in any window + "
                            + "margin, %d renewed before the send, %d given back unused; asked-for moments of sent tries: at most %d in any window, "
                            + "delay from permit asked for to server up to %s, %d later than the margin%n",
                    args[0], workers, limit, window, margin, r.requests(), r.succeeded(), r.failed(),
                    (System.nanoTime() - start) / 1e9, r.maxInAnyWindow(), limit, r.span().toMillis() / 1000.0,
                    r.perSecond(), 100 * r.perSecond() / limitPerSecond, java.util.Arrays.toString(r.cpuMillis()),
                    r.callsPerCpuSecond(), grants.length,
                    SharedLimitRun.maxInAnyWindow(grants, window.plus(margin).toNanos() / 1_000), r.renewals(), r.refunds(),
                    r.delays().maxSentInAnyWindow(), r.delays().maxDelay(), r.delays().laterThanMargin());
        }
    }

    private static void permitCost(int threads, int permits) throws Exception {
        String url = LimitsDatabase.create();
        try (PostgresPermitStore store = new PostgresPermitStore(url, "postgres", "postgres", threads, Duration.ZERO, null)) {
            for (int i = 0; i < 500; i++) {
                store.tryAcquire("warm-up", Long.MAX_VALUE, Duration.ofMinutes(1), 1);
            }
            long cpuBefore = cpu();
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
                for (int t = 0; t < threads; t++) {
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < permits / threads; i++) {
                            store.tryAcquire("bench/model#requests", Long.MAX_VALUE, Duration.ofMinutes(1), 1);
                        }
                    }));
                }
            }
            for (Future<?> f : done) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("permit: %d threads, %d permits in %.2f s: %.0f permits/s, %.3f ms each on one thread's "
                            + "view, %.1f µs client CPU per permit%n", threads, permits, seconds, permits / seconds,
                    seconds * 1000 * threads / permits, (cpu() - cpuBefore) / 1000.0 / permits);
        }
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
