package dev.dakora.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;

/**
 * A runnable jar of this build started as its own process, its output in {@code client/target}; ready
 * once {@code readyPath} answers a status {@code ready} accepts. {@link #close()} stops it as Ctrl-C does.
 */
final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final String url;

    private ServerProcess(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    static ServerProcess start(String jarProperty, int port, List<String> args, Map<String, String> environment,
                               String readyPath, IntPredicate ready, Duration within) {
        Path jar = Path.of(System.getProperty(jarProperty, "missing"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no runnable jar at " + jar.toAbsolutePath() + " (system property "
                    + jarProperty + "): build it with ./mvnw -pl client -am package");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(
                Path.of("target", jar.getFileName() + "-" + port + ".log").toFile());
        builder.environment().putAll(environment);
        try {
            ServerProcess server = new ServerProcess(builder.start(), "http://127.0.0.1:" + port);
            server.awaitReady(readyPath, ready, within);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + jar, e);
        }
    }

    String url() {
        return url;
    }

    private void awaitReady(String path, IntPredicate ready, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        try (HttpClient http = HttpClient.newHttpClient()) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the server exited with " + process.exitValue() + "; see client/target/*.log");
                }
                try {
                    HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(url + path))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                    if (ready.test(answer.statusCode())) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
        throw new IllegalStateException("the server at " + url + " was not ready within " + within);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
