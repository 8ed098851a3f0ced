package dev.dakora.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One role (or the standalone) running as a JVM of its own from its runnable jar, with the running JVM's
 * {@code java}, a small heap, an environment of its own (nothing inherited) and its output in a log file.
 * {@link #kill()} is {@code kill -9} of the JVM and of every process it started.
 */
final class ChildProcess implements AutoCloseable {

    private final String name;
    private final Path log;
    private final Process process;

    private ChildProcess(String name, Path log, Process process) {
        this.name = name;
        this.log = log;
        this.process = process;
    }

    static ChildProcess start(String name, Path jar, String heap, Map<String, String> environment, List<String> arguments,
                              Path logDir, Path workDir) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package its module first (the reactor does before this module)");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-jar", jar.toString()));
        command.addAll(arguments);
        try {
            Files.createDirectories(logDir);
            Files.createDirectories(workDir);
            Path log = uniqueLog(logDir, name);
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().clear();
            builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
            builder.environment().put("HOME", System.getProperty("java.io.tmpdir"));
            builder.environment().putAll(environment);
            ChildProcess child = new ChildProcess(name, log, builder.start());
            // a test JVM that is stopped before its tests end takes its processes with it
            Runtime.getRuntime().addShutdownHook(new Thread(child::close));
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException(name + " did not start", e);
        }
    }

    private static Path uniqueLog(Path logDir, String name) {
        for (int run = 1; ; run++) {
            Path log = logDir.resolve(name + "-" + run + ".log");
            if (!Files.exists(log)) {
                return log;
            }
        }
    }

    String name() {
        return name;
    }

    boolean alive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** Fails at once if the process has ended, naming its log. */
    void requireAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
        }
    }

    /** Whether the log holds {@code text}; fails at once if the process has ended. */
    boolean logged(String text) {
        try {
            boolean found = Files.readString(log).contains(text);
            if (!found && !process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            return found;
        } catch (IOException e) {
            return false;
        }
    }

    List<ProcessHandle> descendants() {
        return process.descendants().toList();
    }

    /** SIGKILL to the JVM and every descendant (an embedded PostgreSQL and its backends), then waits for all. */
    List<ProcessHandle> kill() {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.addFirst(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        all.forEach(handle -> handle.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> handle).join());
        return all;
    }

    Path log() {
        return log;
    }

    static void await(Duration timeout, String what, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }

    @Override
    public void close() {
        if (process.isAlive() || process.descendants().findAny().isPresent()) {
            kill();
        }
    }
}
