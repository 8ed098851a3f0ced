package dev.dakora.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Calls per second through the running standalone: one batch of {@code rows × models} calls, from the
 * submission ({@code POST /api/batches}) to the batch reported {@code completed} by
 * {@code GET /api/batches/{id}} (polled every 100 ms). Meanwhile samples the standalone JVM's heap use
 * from {@code /actuator/prometheus} and reports the highest value seen. Warm-up batches run first
 * (the warm-up rows in batches of at most {@code rows}), unmeasured, so that the JIT has compiled the
 * call path, as the overhead run's warm-up requests do: in the standalone that takes about 100,000
 * calls, and the rate climbs from about half the warm one to its plateau meanwhile.
 *
 * <p>Arguments: {@code <base url> [rows, 10000] [models, comma-separated, fake/bench-a,fake/bench-b] [max seconds, 300]
 * [warm-up rows, 50000]}.
 */
public final class PipelineThroughput {

    private static final String TEMPLATE = "bench-throughput";
    private static final Pattern HEAP_USED =
            Pattern.compile("^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} ([0-9.eE+]+)", Pattern.MULTILINE);

    /** With {@code PROGRESS=1}: every poll's completed calls, to see where a batch's time goes. */
    private static final boolean PROGRESS = System.getenv("PROGRESS") != null;
    /**
     * With {@code BATCHES=n}: the measured batch n times over, one result line each. The standalone's JIT
     * keeps compiling for several such batches (hundreds of Spring, Kafka, Netty and langchain4j methods),
     * so the later lines show the rate of a warmed-up server.
     */
    private static final int BATCHES = Integer.parseInt(System.getenv().getOrDefault("BATCHES", "1"));

    private PipelineThroughput() {
    }

    public static void main(String[] args) throws Exception {
        BenchHttp http = new BenchHttp(args[0]);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        List<String> models = List.of((args.length > 2 ? args[2] : "fake/bench-a,fake/bench-b").split(","));
        long maxNanos = (args.length > 3 ? Long.parseLong(args[3]) : 300) * 1_000_000_000L;
        int warmUpRows = args.length > 4 ? Integer.parseInt(args[4]) : 50_000;
        http.ensureTemplate(TEMPLATE);
        for (int left = warmUpRows; left > 0; left -= rows) {
            run(http, Math.min(rows, left), models, maxNanos, false);
        }
        double rates = 0;
        for (int batch = 0; batch < BATCHES; batch++) {
            rates += run(http, rows, models, maxNanos, true);
        }
        if (BATCHES > 1) {
            System.out.printf("RESULT throughput mean of %d batches: %.0f calls/s%n", BATCHES, rates / BATCHES);
        }
    }

    /** @return calls per second */
    private static double run(BenchHttp http, int rows, List<String> models, long maxNanos, boolean report) throws Exception {
        List<Map<String, Object>> inputs = new ArrayList<>(rows);
        for (int row = 0; row < rows; row++) {
            inputs.add(Map.of("item", "row-" + row));
        }
        long maxHeap = heapUsed(http);
        long started = System.nanoTime();
        JsonNode accepted = BenchHttp.JSON.readTree(BenchHttp.require(http.post("/api/batches",
                Map.of("template_id", TEMPLATE, "models", models, "inputs", inputs, "name", "throughput")), 202).body());
        long submitted = System.nanoTime();
        String batchId = accepted.get("batch_id").asString();
        long calls = accepted.get("total_calls").asLong();
        JsonNode batch = null;
        while (System.nanoTime() - started < maxNanos) {
            batch = http.getJson("/api/batches/" + batchId);
            long now = System.nanoTime();
            long completed = batch.get("completed_calls").asLong();
            if (PROGRESS && report) {
                System.out.printf("progress %.1fs completed_calls=%d%n", (now - started) / 1e9, completed);
            }
            maxHeap = Math.max(maxHeap, heapUsed(http));
            if (!List.of("queued", "running").contains(batch.get("status").asString())) {
                break;
            }
            Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (!report) {
            System.out.printf("warm-up: %d calls in %.1f s, %.0f calls/s%n", calls, seconds, calls / seconds);
            return calls / seconds;
        }
        System.out.printf("RESULT throughput calls=%d status=%s completed_calls=%s submit=%.1fs total=%.1fs rate=%.0f calls/s "
                        + "max_heap_used=%d MiB tokens_in=%s cost_usd=%s%n",
                calls, batch == null ? "none" : batch.get("status").asString(),
                batch == null ? "?" : batch.get("completed_calls").asString(), (submitted - started) / 1e9, seconds,
                calls / seconds, maxHeap / (1024 * 1024), batch == null ? "?" : batch.get("total_tokens_in").asString(),
                batch == null ? "?" : batch.get("total_cost_usd").asString());
        return calls / seconds;
    }

    /** Bytes of heap used now, summed over the pools; 0 when the metrics are not served. */
    private static long heapUsed(BenchHttp http) throws Exception {
        var response = http.get("/actuator/prometheus");
        if (response.statusCode() != 200) {
            return 0;
        }
        Matcher matcher = HEAP_USED.matcher(response.body());
        double sum = 0;
        while (matcher.find()) {
            sum += Double.parseDouble(matcher.group(1));
        }
        return (long) sum;
    }
}
