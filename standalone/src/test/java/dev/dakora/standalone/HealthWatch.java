package dev.dakora.standalone;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Polls {@code GET /api/health} on a port every 100 ms on a thread of its own, from before the server
 * listens until {@link #stop()}, and keeps every answer with the time it arrived.
 */
final class HealthWatch {

    record Answer(long receivedNanos, int status, String body) {
    }

    private final Http http;
    private final List<Answer> answers = new ArrayList<>();
    private final Thread thread;
    private volatile boolean stopped;

    HealthWatch(int port) {
        this.http = new Http(port, Map.of());
        this.thread = Thread.ofPlatform().daemon().name("health-watch").start(this::poll);
    }

    private void poll() {
        while (!stopped) {
            try {
                Http.Response response = http.get("/api/health");
                synchronized (answers) {
                    answers.add(new Answer(System.nanoTime(), response.status(), response.body()));
                }
            } catch (Exception notListeningYet) {
                // the gateway is not listening yet
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    List<Answer> stop() throws InterruptedException {
        stopped = true;
        thread.join(10_000);
        synchronized (answers) {
            return List.copyOf(answers);
        }
    }
}
