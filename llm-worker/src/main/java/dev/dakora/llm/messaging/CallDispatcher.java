package dev.dakora.llm.messaging;

import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.llm.domain.ModelCallService;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.support.Acknowledgment;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.ExecutorService;

/**
 * Runs each model call on a virtual thread as soon as it is polled, publishes its result, then
 * acknowledges its offset in partition order ({@link OffsetTracker}). A slow call holds back only the
 * commit of later offsets, never the calls themselves. At-least-once: calls not yet published when the
 * worker stops or loses a partition are redelivered; the sink dedupes by call id.
 */
public class CallDispatcher implements ConsumerAwareRebalanceListener {

    private static final LogAccessor LOG = new LogAccessor(LogFactory.getLog(CallDispatcher.class));

    public static final String LISTENER_ID = "dakora-llm-model-calls";

    private final ModelCallService service;
    private final ResultPublisher publisher;
    private final ExecutorService executor;
    private final OffsetTracker tracker = new OffsetTracker();
    private final Backpressure backpressure;
    private final Duration revokeGrace;

    public CallDispatcher(ModelCallService service, ResultPublisher publisher, ExecutorService executor,
                          KafkaListenerEndpointRegistry registry, int maxInFlight, Duration revokeGrace) {
        this.revokeGrace = revokeGrace;
        this.service = service;
        this.publisher = publisher;
        this.executor = executor;
        this.backpressure = new Backpressure(registry, LISTENER_ID, maxInFlight, tracker::inFlight);
    }

    void dispatch(ConsumerRecord<String, ModelCallRequested> record, Acknowledgment ack) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        tracker.started(partition, record.offset(), ack);
        backpressure.check();
        executor.execute(() -> run(record.value(), partition, record.offset()));
    }

    private void run(ModelCallRequested call, TopicPartition partition, long offset) {
        try {
            ModelCallCompleted result = service.handle(call);
            if (Thread.currentThread().isInterrupted()) {
                // stopping: a wait for a slot or permit cut short makes a failed result that is not the call's
                // outcome; nothing is published, the offset stays uncommitted and the call is redelivered
                return;
            }
            publisher.publish(result);
            tracker.finished(partition, offset);
        } catch (InterruptedException e) {
            // stopping: the offset stays uncommitted and the call is redelivered
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            // not retried: it would fail the same way, and an unfinished offset would stall the partition
            LOG.error(e, () -> "no result published for " + call.callId() + "; its offset is skipped");
            tracker.finished(partition, offset);
        } finally {
            backpressure.check();
        }
    }

    int inFlight() {
        return tracker.inFlight();
    }

    /**
     * Gives the running calls of revoked partitions up to {@code revokeGrace} to finish, so their offsets
     * are committed before the new owner starts and they are not called twice; the rest are redelivered.
     */
    @Override
    public void onPartitionsRevokedBeforeCommit(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        try {
            tracker.awaitFinished(partitions, revokeGrace);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        tracker.forget(partitions);
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        tracker.forget(partitions);
    }
}
