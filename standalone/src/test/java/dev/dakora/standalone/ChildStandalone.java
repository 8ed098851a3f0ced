package dev.dakora.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A standalone with every role in a child JVM of its own, on a small heap that exits at the first
 * {@link OutOfMemoryError} ({@code -XX:+ExitOnOutOfMemoryError}, unless {@code exitOnOutOfMemory} is
 * false), so that a render that exhausts the heap shows as a dead process instead of passing unnoticed.
 * Its output goes to {@code standalone.log} under the data directory, where every
 * {@code OutOfMemoryError} is reported too. It can be started again on the same data directory after
 * it died; a shutdown hook stops it if the test JVM ends first.
 */
final class ChildStandalone implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(10);

    private final Path dataDir;
    private final String heap;
    private final boolean exitOnOutOfMemory;
    private final List<String> args;
    private final int webPort = FreePorts.next();
    private Process process;
    private Http http;

    ChildStandalone(Path dataDir, String heap, boolean exitOnOutOfMemory, List<String> args) {
        this.dataDir = dataDir;
        this.heap = heap;
        this.exitOnOutOfMemory = exitOnOutOfMemory;
        this.args = List.copyOf(args);
    }

    /** Starts the child and waits until its API answers. */
    void start() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, exitOnOutOfMemory ? "-XX:+ExitOnOutOfMemoryError" : "-XX:-ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"),
                StandaloneApplication.class.getName(),
                "--server.port=" + webPort,
                "--dakora.data-dir=" + dataDir.resolve("data"),
                "--dakora.registry.local.path=" + dataDir.resolve("prompts"),
                "--dakora.standalone.postgres.port=" + FreePorts.next(),
                "--dakora.standalone.kafka.port=" + FreePorts.next(),
                "--dakora.standalone.kafka.controller-port=" + FreePorts.next(),
                "--dakora.standalone.warm-up.compares=0"));
        command.addAll(args);
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile())).start();
        Process started = process;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroy, "hostile-standalone-stop"));
        http = new Http(webPort, java.util.Map.of());
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the standalone exited with " + process.exitValue() + " while starting:\n" + logTail());
            }
            if (answers()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the standalone did not answer within " + STARTUP + ":\n" + logTail());
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    Http http() {
        return http;
    }

    /** How many bytes the child has printed so far. */
    long logSize() {
        try {
            return Files.size(log());
        } catch (IOException e) {
            return 0;
        }
    }

    /** What the child printed after {@code offset} bytes. */
    String logSince(long offset) {
        try {
            byte[] bytes = Files.readAllBytes(log());
            return new String(bytes, (int) Math.min(offset, bytes.length), (int) Math.max(0, bytes.length - offset),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** The last lines the child printed. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log());
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Stops the child (SIGTERM: its roles and servers stop cleanly), and a PostgreSQL server it left behind. */
    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            // a child that died of an OutOfMemoryError could not stop its PostgreSQL server
            StalePostmaster.stopIfRunning(dataDir.resolve("data").resolve("postgres"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean answers() {
        try {
            return http.get("/api/health").status() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    private Path log() {
        return dataDir.resolve("standalone.log");
    }
}
