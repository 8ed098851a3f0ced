package dev.dakora.client;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every event, error and close it is told about, for assertions. */
final class RecordingListener implements EventListener {

    final List<DakoraEvent> events = new CopyOnWriteArrayList<>();
    final List<Throwable> errors = new CopyOnWriteArrayList<>();
    volatile boolean closed;

    @Override
    public void onEvent(DakoraEvent event) {
        events.add(event);
    }

    @Override
    public void onError(Throwable error) {
        errors.add(error);
    }

    @Override
    public void onClosed() {
        closed = true;
    }

    <T extends DakoraEvent> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public String toString() {
        return "events " + events + ", errors " + errors + ", closed " + closed;
    }
}
