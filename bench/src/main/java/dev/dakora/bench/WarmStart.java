package dev.dakora.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The latency of a new standalone's first compares against its warm steady state: one client sends
 * synchronous compares on {@code echo} one after another ({@code POST /api/templates/{id}/compare}, the
 * same request as {@link PipelineOverhead}). The first {@code first} requests are reported in buckets of
 * {@code bucket} (p50 and p95 each), then {@code warm-up} requests are sent unmeasured and the next
 * {@code warm} requests give the warm p50 and p95. Each bucket's p50 is also printed as a multiple of
 * the warm p50.
 *
 * <p>Arguments: {@code <base url> [first, 1000] [bucket, 100] [warm-up, 3000] [warm, 1000]}.
 */
public final class WarmStart {

    private static final String TEMPLATE = "bench-overhead";

    private WarmStart() {
    }

    public static void main(String[] args) throws Exception {
        BenchHttp http = new BenchHttp(args[0]);
        int first = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int bucket = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 3000;
        int warm = args.length > 4 ? Integer.parseInt(args[4]) : 1000;
        http.ensureTemplate(TEMPLATE);
        List<Long> cold = compares(http, 0, first);
        compares(http, first, warmUp);
        List<Long> steady = compares(http, first + warmUp, warm);
        double warmP50 = percentile(steady, 50);
        List<Double> bucketP50s = new ArrayList<>();
        for (int from = 0; from < cold.size(); from += bucket) {
            List<Long> part = cold.subList(from, Math.min(cold.size(), from + bucket));
            double p50 = percentile(part, 50);
            bucketP50s.add(p50);
            System.out.printf("RESULT warm-start requests=%d-%d p50=%.1fms p95=%.1fms p50/warm=%.2f%n",
                    from + 1, from + part.size(), p50, percentile(part, 95), p50 / warmP50);
        }
        System.out.printf("RESULT warm-start first=%d p50=%.1fms p95=%.1fms p50/warm=%.2f worst-bucket-p50/warm=%.2f%n",
                cold.size(), percentile(cold, 50), percentile(cold, 95), percentile(cold, 50) / warmP50,
                bucketP50s.stream().mapToDouble(Double::doubleValue).max().orElse(0) / warmP50);
        System.out.printf("RESULT warm-start steady (after %d more) requests=%d p50=%.1fms p95=%.1fms%n",
                warmUp, steady.size(), warmP50, percentile(steady, 95));
    }

    private static List<Long> compares(BenchHttp http, int offset, int count) throws Exception {
        List<Long> latencies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long sent = System.nanoTime();
            BenchHttp.require(http.post("/api/templates/" + TEMPLATE + "/compare",
                    Map.of("inputs", Map.of("item", "row-" + (offset + i)), "models", List.of("echo"))), 200);
            latencies.add(System.nanoTime() - sent);
        }
        return latencies;
    }

    /** The nearest-rank percentile of the latencies, in milliseconds. */
    static double percentile(List<Long> latencies, int percent) {
        List<Long> sorted = latencies.stream().sorted().toList();
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
