package dev.dakora.llm.support;

import dev.dakora.testsupport.FakeOpenAiProvider;
import dev.dakora.testsupport.Request;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts {@link SharedLimitWorker} processes sharing one request limit in a PostgreSQL database, lets them
 * send their calls at the same moment to a fake OpenAI server, and reports what the server saw: the most
 * requests that arrived in any window of the limit's length, and the rate achieved.
 */
public final class SharedLimitRun {

    private static final Pattern DONE = Pattern.compile("done succeeded=(\\d+) failed=(\\d+) cpu-ms=(\\d+) renewals=(\\d+) refunds=(\\d+)");

    /** What one run of the workers gave. */
    public record Result(int requests, int succeeded, int failed, int maxInAnyWindow, Duration span,
                         double perSecond, long[] cpuMillis, SendDelays delays, int renewals, int refunds) {

        /** Calls per CPU-second of the worker processes (their start included). */
        public double callsPerCpuSecond() {
            return succeeded * 1000.0 / Arrays.stream(cpuMillis).sum();
        }
    }

    private SharedLimitRun() {
    }

    /**
     * @param window the limit's window; {@code limit} requests per window per cluster
     * @param margin the store's margin (each permit counts window + margin)
     */
    public static Result run(String jdbcUrl, FakeOpenAiProvider server, int workers, int callsPerWorker, int limit,
                             Duration window, Duration margin, Duration timeout, Path logs) throws Exception {
        List<Process> processes = new ArrayList<>();
        List<BlockingQueue<String>> outputs = new ArrayList<>();
        try {
            for (int i = 0; i < workers; i++) {
                Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                        SharedLimitWorker.class.getName(), jdbcUrl, server.baseUrl(), String.valueOf(callsPerWorker),
                        String.valueOf(limit), String.valueOf(window.toMillis()), String.valueOf(margin.toMillis()), "256")
                        .redirectErrorStream(true).start();
                processes.add(process);
                outputs.add(follow(process, logs.resolve("shared-limit-worker-" + i + ".log")));
            }
            for (BlockingQueue<String> output : outputs) {
                await(output, "ready", timeout);
            }
            for (Process process : processes) {
                OutputStream go = process.getOutputStream();
                go.write("go\n".getBytes(StandardCharsets.UTF_8));
                go.flush();
            }
            int succeeded = 0;
            int failed = 0;
            long[] cpu = new long[workers];
            int renewals = 0;
            int refunds = 0;
            for (int i = 0; i < workers; i++) {
                Matcher done = DONE.matcher(await(outputs.get(i), "done", timeout));
                if (!done.matches()) {
                    throw new IllegalStateException("unexpected line from worker " + i);
                }
                succeeded += Integer.parseInt(done.group(1));
                failed += Integer.parseInt(done.group(2));
                cpu[i] = Long.parseLong(done.group(3));
                renewals += Integer.parseInt(done.group(4));
                refunds += Integer.parseInt(done.group(5));
            }
            List<Request> limited = server.requests().stream()
                    .filter(seen -> seen.body().contains("\"limited\"")).toList();
            long[] arrivals = limited.stream().mapToLong(Request::arrivedNanos).sorted().toArray();
            Duration span = Duration.ofNanos(arrivals[arrivals.length - 1] - arrivals[0]);
            double perSecond = arrivals.length / (span.plus(window).toNanos() / 1e9);
            return new Result(arrivals.length, succeeded, failed, maxInAnyWindow(arrivals, window.toNanos()), span,
                    perSecond, cpu, SendDelays.of(limited, window, margin), renewals, refunds);
        } finally {
            processes.forEach(Process::destroyForcibly);
            for (Process process : processes) {
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** The most arrivals in any half-open window {@code [t, t + window)}. */
    public static int maxInAnyWindow(long[] sortedNanos, long windowNanos) {
        int max = 0;
        int start = 0;
        for (int end = 0; end < sortedNanos.length; end++) {
            while (sortedNanos[end] - sortedNanos[start] >= windowNanos) {
                start++;
            }
            max = Math.max(max, end - start + 1);
        }
        return max;
    }

    private static BlockingQueue<String> follow(Process process, Path log) throws IOException {
        java.nio.file.Files.createDirectories(log.getParent());
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread.ofVirtual().start(() -> {
            try (BufferedReader reader = process.inputReader(StandardCharsets.UTF_8);
                 var file = java.nio.file.Files.newBufferedWriter(log)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    file.write(line);
                    file.newLine();
                    file.flush();
                    if (line.equals("ready") || line.startsWith("done ")) {
                        lines.add(line);
                    }
                }
            } catch (IOException ignored) {
                // the process went away
            }
        });
        return lines;
    }

    private static String await(BlockingQueue<String> lines, String prefix, Duration timeout) throws InterruptedException {
        String line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null || !line.startsWith(prefix)) {
            throw new IllegalStateException("a worker process did not say '" + prefix + "' within " + timeout);
        }
        return line;
    }
}
