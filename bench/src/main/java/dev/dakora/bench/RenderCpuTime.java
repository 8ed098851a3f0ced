package dev.dakora.bench;

import dev.dakora.common.render.TemplateRenderer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Renders per CPU-second of the rendering thread, on the same cases and path as
 * {@link RenderBenchmark}. On a machine shared with other work, wall-clock throughput mostly
 * measures the scheduler; CPU time measures what one core does. Prints one line per 2-second round.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar dev.dakora.bench.RenderCpuTime [rounds] [reference|corpus]}
 */
public final class RenderCpuTime {

    private static final long ROUND_NANOS = 2_000_000_000L;

    private RenderCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        String which = args.length > 1 ? args[1] : "reference";
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (TemplateRenderer renderer = RenderBenchmark.newRenderer()) {
            List<RenderBenchmark.Case> cases = RenderBenchmark.renderableCases(which, renderer);
            System.out.printf("%s: %,d cases%n", which, cases.size());
            for (int round = 1; round <= rounds; round++) {
                long wallStart = System.nanoTime();
                long cpuStart = threads.getCurrentThreadCpuTime();
                long renders = 0;
                while (System.nanoTime() - wallStart < ROUND_NANOS) {
                    for (RenderBenchmark.Case c : cases) {
                        renderer.render(c.spec(), c.inputs());
                        renders++;
                    }
                }
                long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
                long wall = System.nanoTime() - wallStart;
                System.out.printf("round %2d: %,.0f renders per CPU-second, %,.0f renders per wall-second%n",
                        round, renders * 1e9 / cpu, renders * 1e9 / wall);
            }
        }
    }
}
