package dev.dakora.llm.messaging;

import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.llm.domain.ModelCallService;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Handles the calls of one poll concurrently, one virtual thread each, publishes each result as soon
 * as it is known, and returns only when every result is acknowledged by Kafka: the batch's offsets are
 * committed after that, so a crash repeats calls rather than losing them.
 */
public class CallBatch {

    private final ModelCallService service;
    private final ResultPublisher publisher;
    private final ExecutorService executor;

    public CallBatch(ModelCallService service, ResultPublisher publisher, ExecutorService executor) {
        this.service = service;
        this.publisher = publisher;
        this.executor = executor;
    }

    void process(List<ModelCallRequested> requests) throws InterruptedException {
        List<Callable<Object>> tasks = new ArrayList<>(requests.size());
        for (ModelCallRequested request : requests) {
            tasks.add(() -> publisher.publish(service.handle(request)).get());
        }
        for (Future<Object> done : executor.invokeAll(tasks)) {
            try {
                done.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("a call result could not be published: " + e.getCause().getMessage(),
                        e.getCause());
            }
        }
    }
}
