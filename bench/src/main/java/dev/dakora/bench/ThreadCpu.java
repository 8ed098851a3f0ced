package dev.dakora.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU ticks of a process's threads grouped by thread name (Linux {@code /proc/<pid>/task/<tid>/stat}; the
 * kernel keeps 15 characters of a name, and digits are dropped so that numbered threads of one pool
 * group together). Threads that ended between two readings are lost, so the groups of short-lived threads
 * read low.
 */
final class ThreadCpu {

    private ThreadCpu() {
    }

    static Map<String, Long> read(long pid) {
        Map<String, Long> ticks = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+", "#");
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.merge(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended while the tasks were listed
                }
            });
        } catch (IOException e) {
            return Map.of();
        }
        return ticks;
    }

    /** The {@code top} groups that used the most CPU between two readings, as {@code name=seconds}. */
    static String busiest(Map<String, Long> before, Map<String, Long> after, int top) {
        return after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .map(e -> String.format("%s=%.2f", e.getKey(), e.getValue() / 100.0))
                .collect(Collectors.joining(" "));
    }
}
