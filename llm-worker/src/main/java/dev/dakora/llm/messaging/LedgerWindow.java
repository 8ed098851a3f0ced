package dev.dakora.llm.messaging;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The call ids with a result seen for one window of redelivered records, below offset {@code end}. */
final class LedgerWindow {

    private final long end;
    private final Set<String> callIds = ConcurrentHashMap.newKeySet();
    private final CountDownLatch loaded = new CountDownLatch(1);

    LedgerWindow(long end) {
        this.end = end;
    }

    long end() {
        return end;
    }

    void add(String callId) {
        callIds.add(callId);
    }

    boolean contains(String callId) {
        return callIds.contains(callId);
    }

    void markLoaded() {
        loaded.countDown();
    }

    boolean isLoaded() {
        return loaded.getCount() == 0;
    }

    void awaitLoaded(long nanos) {
        try {
            loaded.await(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
