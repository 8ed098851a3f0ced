package dev.dakora.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation overhead of experiments in the running standalone: rounds of (a) a plain batch of
 * {@code rows × models} calls, (b) an experiment over the same rows and models with three deterministic
 * assertions, (c) the same with one {@code llm-judge} more ({@link EvalRuns}), each from its submission
 * to its final status. Per run: wall time, evaluated calls per second, and the CPU seconds of the
 * standalone JVM ({@code /proc/<pid>/stat} utime + stime) and of its PostgreSQL, read before and after.
 * Warm-up rounds run first, unmeasured. Then the CPU of reading one experiment's page
 * ({@code GET /api/experiments/{id}}, which the runs poll), and the medians with the overheads against
 * the plain batch.
 *
 * <p>Arguments: {@code <base url> <standalone pid> <postmaster pid> [rows, 1000]
 * [models, echo,echo/b,echo/c] [rounds, 3] [warm-up rounds, 2] [max seconds per run, 300]}.
 */
public final class ExperimentOverhead {

    private static final double TICKS_PER_SECOND = 100.0;
    /** With {@code THREADS=1}: the JVM's busiest thread groups of each run, printed before its line. */
    private static final boolean THREADS = System.getenv("THREADS") != null;
    /** With {@code KINDS=batch,deterministic}: only these kinds of run (all three by default). */
    private static final List<EvalRuns.Kind> KINDS = kinds(System.getenv("KINDS"));

    /** One measured run. */
    record Measured(double seconds, double jvmCpu, double pgCpu, EvalRuns.Outcome outcome) {
        double rate() {
            return outcome.calls() / seconds;
        }
    }

    private ExperimentOverhead() {
    }

    public static void main(String[] args) throws Exception {
        BenchHttp http = new BenchHttp(args[0]);
        long jvm = Long.parseLong(args[1]);
        long postmaster = Long.parseLong(args[2]);
        int rows = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        List<String> models = List.of((args.length > 4 ? args[4] : "echo,echo/b,echo/c").split(","));
        int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 3;
        int warmUp = args.length > 6 ? Integer.parseInt(args[6]) : 2;
        long maxNanos = (args.length > 7 ? Long.parseLong(args[7]) : 300) * 1_000_000_000L;
        EvalRuns runs = new EvalRuns(http, models, rows);
        runs.prepare();
        Map<EvalRuns.Kind, List<Measured>> results = new EnumMap<>(EvalRuns.Kind.class);
        for (int round = -warmUp; round < rounds; round++) {
            for (EvalRuns.Kind kind : KINDS) {
                String loadBefore = EvalRuns.load();
                Measured measured = measure(jvm, postmaster, () -> runs.run(kind, maxNanos));
                EvalRuns.Outcome o = measured.outcome();
                System.out.printf("%s %-13s status=%s calls=%d judge_calls=%d passed=%d wall=%.2fs rate=%.0f calls/s "
                                + "jvm_cpu=%.2fs pg_cpu=%.2fs cpu_per_call=%.0fus experiment_polls=%d [load %s -> %s]%n",
                        round < 0 ? "warm-up" : "RESULT", kind.name().toLowerCase(), o.status(), o.calls(), o.judgeCalls(),
                        o.passed(), measured.seconds(), measured.rate(), measured.jvmCpu(), measured.pgCpu(),
                        (measured.jvmCpu() + measured.pgCpu()) * 1e6 / Math.max(1, o.calls()), o.experimentPolls(),
                        loadBefore, EvalRuns.load());
                if (round >= 0) {
                    results.computeIfAbsent(kind, k -> new ArrayList<>()).add(measured);
                }
            }
        }
        int reads = 20;
        Measured polls = measure(jvm, postmaster, () -> {
            runs.readExperiments(reads);
            return new EvalRuns.Outcome("read", reads, 0, 0, reads);
        });
        System.out.printf("RESULT one experiment page read (%d results): jvm_cpu=%.1fms pg_cpu=%.1fms [load %s]%n",
                rows * models.size(), polls.jvmCpu() * 1000 / reads, polls.pgCpu() * 1000 / reads, EvalRuns.load());
        summarize(results);
    }

    static List<EvalRuns.Kind> kinds(String names) {
        if (names == null || names.isBlank()) {
            return List.of(EvalRuns.Kind.values());
        }
        List<EvalRuns.Kind> kinds = java.util.Arrays.stream(names.split(","))
                .map(name -> EvalRuns.Kind.valueOf(name.trim().toUpperCase())).toList();
        if (!kinds.contains(EvalRuns.Kind.BATCH)) {
            throw new IllegalArgumentException("KINDS must include batch: the overheads are against it");
        }
        return kinds;
    }

    private static void summarize(Map<EvalRuns.Kind, List<Measured>> results) {
        List<Measured> batch = results.get(EvalRuns.Kind.BATCH);
        double batchRate = median(batch.stream().mapToDouble(Measured::rate).toArray());
        double batchCpu = median(batch.stream().mapToDouble(m -> m.jvmCpu() + m.pgCpu()).toArray());
        results.forEach((kind, measured) -> {
            double rate = median(measured.stream().mapToDouble(Measured::rate).toArray());
            double cpu = median(measured.stream().mapToDouble(m -> m.jvmCpu() + m.pgCpu()).toArray());
            System.out.printf("SUMMARY %-13s median rate=%.0f calls/s (%+.1f%% time per call against the batch), "
                            + "median cpu=%.2fs (%+.1f%%)%n", kind.name().toLowerCase(), rate,
                    (batchRate / rate - 1) * 100, cpu, (cpu / batchCpu - 1) * 100);
        });
    }

    interface Run {
        EvalRuns.Outcome run() throws Exception;
    }

    private static Measured measure(long jvm, long postmaster, Run run) throws Exception {
        Map<String, Long> threadsBefore = THREADS ? ThreadCpu.read(jvm) : Map.of();
        double jvmBefore = seconds(jvm);
        double pgBefore = ProcessCpu.serverSeconds(postmaster);
        long started = System.nanoTime();
        EvalRuns.Outcome outcome = run.run();
        double wall = (System.nanoTime() - started) / 1e9;
        if (THREADS) {
            System.out.println("  threads (CPU s): " + ThreadCpu.busiest(threadsBefore, ThreadCpu.read(jvm), 12));
        }
        return new Measured(wall, seconds(jvm) - jvmBefore, ProcessCpu.serverSeconds(postmaster) - pgBefore, outcome);
    }

    /** utime + stime of a process, in seconds. */
    private static double seconds(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
