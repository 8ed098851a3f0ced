package dev.dakora.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time spent by a PostgreSQL server (its postmaster, the backends it reaped and those still
 * running), read from Linux {@code /proc}; zero where {@code /proc} is not available. Lets a benchmark on
 * a shared machine report CPU per row besides wall-clock throughput.
 */
final class ProcessCpu {

    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessCpu() {
    }

    /** Seconds of CPU used so far by the server whose postmaster has this pid. */
    static double serverSeconds(long postmasterPid) {
        long[] own = times(postmasterPid);
        long ticks = own[0] + own[1] + own[2] + own[3];
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            ticks += processes.filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(path -> {
                        long[] child = times(Long.parseLong(path.getFileName().toString()));
                        return child[4] == postmasterPid ? child[0] + child[1] : 0;
                    }).sum();
        } catch (IOException e) {
            return 0;
        }
        return ticks / TICKS_PER_SECOND;
    }

    /** Seconds of CPU used so far by this JVM. */
    static double ownSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
    }

    /** utime, stime, cutime, cstime, ppid; zeros for a process that is gone. */
    private static long[] times(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[]{Long.parseLong(fields[11]), Long.parseLong(fields[12]), Long.parseLong(fields[13]),
                    Long.parseLong(fields[14]), Long.parseLong(fields[1])};
        } catch (IOException | RuntimeException e) {
            return new long[5];
        }
    }
}
