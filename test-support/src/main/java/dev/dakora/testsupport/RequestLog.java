package dev.dakora.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** The requests the {@link FakeOpenAiProvider} saw (unless told to keep none) and how many it answered. */
final class RequestLog {

    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicLong answered = new AtomicLong();
    private volatile boolean recording = true;

    void stopRecording() {
        recording = false;
    }

    void arrived(Request request) {
        if (recording) {
            requests.add(request);
        }
    }

    /** Counts an answer as it starts, so never after the caller has it. */
    void answering(Request request, int status) {
        request.decided(status);
        answered.incrementAndGet();
    }

    long answered() {
        return answered.get();
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    long containing(String text) {
        return requests.stream().filter(request -> request.prompt().contains(text)).count();
    }
}
