package dev.dakora.testsupport;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The batches a fake batch server holds, with their statuses: each poll moves a batch one step on (unless
 * paused), a cancel switches it to the provider's cancel statuses.
 */
final class BatchBook {

    private final Map<String, FakeBatch> batches = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final List<String> statuses;
    private final List<String> cancelStatuses;
    private final Predicate<String> ended;
    private volatile boolean paused;

    /**
     * @param statuses       what polls of a batch answer in turn; the last one stays
     * @param cancelStatuses what polls of a cancelled batch answer: the first poll after the cancel, then every later one
     * @param ended          whether a status word ends a batch
     */
    BatchBook(List<String> statuses, List<String> cancelStatuses, Predicate<String> ended) {
        this.statuses = List.copyOf(statuses);
        this.cancelStatuses = List.copyOf(cancelStatuses);
        this.ended = ended;
    }

    /** A new id: {@code prefix} and the next number (batches and files share the numbers). */
    String nextId(String prefix) {
        return prefix + ids.incrementAndGet();
    }

    String add(String prefix, Map<String, String> prompts, Map<String, String> metadata) {
        String id = nextId(prefix);
        batches.put(id, new FakeBatch(id, prompts, Map.copyOf(metadata)));
        return id;
    }

    String addForeign(Map<String, String> metadata, long createdAt) {
        String id = nextId("batch_");
        batches.put(id, new FakeBatch(id, Map.of(), Map.copyOf(metadata), createdAt, new AtomicInteger(), new AtomicInteger(-1)));
        return id;
    }

    /** The batch, or {@code null}. */
    FakeBatch get(String id) {
        return batches.get(id);
    }

    int size() {
        return batches.size();
    }

    List<FakeBatch> oldestFirst() {
        return batches.values().stream().sorted(Comparator.comparingInt(BatchBook::number)).toList();
    }

    void pause(boolean pause) {
        paused = pause;
    }

    /** The status a poll answers now, moving the batch on a step unless paused. */
    String status(FakeBatch batch) {
        if (batch.cancelled()) {
            int step = paused ? batch.cancelPolls().get() : batch.cancelPolls().getAndIncrement();
            return cancelStatuses.get(Math.min(step, cancelStatuses.size() - 1));
        }
        int step = paused ? batch.polls().get() : batch.polls().getAndIncrement();
        return statuses.get(Math.min(step, statuses.size() - 1));
    }

    /** Cancels a running batch; false when it has ended. */
    boolean cancel(FakeBatch batch) {
        int step = batch.polls().get();
        boolean running = step < statuses.size() - 1 || !ended.test(statuses.getLast());
        return running && batch.cancelPolls().compareAndSet(-1, 0);
    }

    private static int number(FakeBatch batch) {
        return Integer.parseInt(batch.id().substring(batch.id().lastIndexOf('_') + 1));
    }
}
