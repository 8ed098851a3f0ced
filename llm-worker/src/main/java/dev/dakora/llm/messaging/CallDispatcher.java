package dev.dakora.llm.messaging;

import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.llm.domain.ModelCallService;
import dev.dakora.llm.lane.BatchLane;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.support.Acknowledgment;

import java.time.Clock;
import java.util.Collection;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * Runs each model call on a virtual thread as soon as it is polled, publishes its result, then
 * acknowledges its offset in partition order ({@link OffsetTracker}). A slow call holds back only the
 * commit of later offsets, never the calls themselves. A call whose result the {@link CallLedger} already
 * knows is acknowledged without calling the model again. When partitions are revoked, their calls not
 * sent yet are withdrawn and the calls in flight get a grace to finish and be committed. Each call runs
 * in its span ({@link CallSpans}), in which its result is published. A call that takes the {@link BatchLane}
 * is acknowledged once the lane has stored it; the lane publishes its result later.
 */
public class CallDispatcher implements ConsumerAwareRebalanceListener, AutoCloseable {

    public static final String LISTENER_ID = "dakora-llm-model-calls";

    private final ExecutorService executor;
    private final OffsetTracker tracker = new OffsetTracker();
    private final Backpressure backpressure;
    private final CallLedger ledger;
    private final BatchLane lane;
    private final CallWork work;
    private final PartitionHandOver handOver;
    private CallSpans spans = CallSpans.NOOP;

    /**
     * @param ledgerConsumers makes the ledger's consumers (no group, byte arrays) on the cluster of the calls
     */
    public CallDispatcher(ModelCallService service, ResultPublisher publisher, ExecutorService executor,
                          KafkaListenerEndpointRegistry registry, DispatchSettings settings,
                          Supplier<Consumer<byte[], byte[]>> ledgerConsumers) {
        this(service, publisher, executor, registry, settings, ledgerConsumers, BatchLane.off(Clock.systemUTC()));
    }

    /** As above, handing the calls that take the batch lane to {@code lane}. */
    public CallDispatcher(ModelCallService service, ResultPublisher publisher, ExecutorService executor,
                          KafkaListenerEndpointRegistry registry, DispatchSettings settings,
                          Supplier<Consumer<byte[], byte[]>> ledgerConsumers, BatchLane lane) {
        this(service, publisher, executor, (held, heldOf) -> new Backpressure(registry, LISTENER_ID,
                settings.maxInFlight(), settings.maxInFlightPerPartition(), held, heldOf),
                new CallLedger(new ResultsReader(ledgerConsumers, settings.ledgerClockSkew())), settings, lane);
    }

    CallDispatcher(ModelCallService service, ResultPublisher publisher, ExecutorService executor,
                   Backpressure.Factory backpressure, CallLedger ledger, DispatchSettings settings) {
        this(service, publisher, executor, backpressure, ledger, settings, BatchLane.off(Clock.systemUTC()));
    }

    CallDispatcher(ModelCallService service, ResultPublisher publisher, ExecutorService executor,
                   Backpressure.Factory backpressure, CallLedger ledger, DispatchSettings settings, BatchLane lane) {
        this.lane = lane;
        this.executor = executor;
        this.ledger = ledger;
        this.backpressure = backpressure.create(tracker::inFlight, tracker::held);
        this.work = new CallWork(service, publisher, tracker, ledger, this.backpressure, lane);
        this.handOver = new PartitionHandOver(tracker, ledger, this.backpressure, lane, settings);
    }

    /** Traces each call with {@code spans}; set before the listener starts. */
    public void traceWith(CallSpans spans) {
        this.spans = spans;
    }

    void dispatch(ConsumerRecord<String, ModelCallRequested> record, Acknowledgment ack) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        CallTicket ticket = new CallTicket(record.value().callId());
        tracker.started(partition, record.offset(), ack, ticket);
        if (ledger.knows(partition, record.offset(), ticket.callId()) && ticket.markKnown()) {
            work.finish(partition, record.offset());
            return;
        }
        if (lane.takes(record.value())) {
            if (lane.holds(partition.partition(), ticket.callId()) && ticket.markKnown()) {
                work.finish(partition, record.offset());
                return;
            }
            backpressure.check(partition);
            executor.execute(() -> work.hold(record.value(), ticket, partition, record.offset()));
            return;
        }
        backpressure.check(partition);
        CallSpans callSpans = spans;
        Span span = callSpans.start(record);
        executor.execute(() -> {
            try (Tracer.SpanInScope ignored = callSpans.scope(span)) {
                work.run(record.value(), ticket, partition, record.offset(), callSpans);
            } finally {
                span.end();
            }
        });
    }

    int inFlight() {
        return tracker.inFlight();
    }

    /** Opens the ledger windows of the records the new partitions redeliver, before any is dispatched. */
    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        handOver.assigned(consumer, partitions);
    }

    /** Withdraws the calls of revoked partitions not sent yet and lets those in flight finish ({@link PartitionHandOver}). */
    @Override
    public void onPartitionsRevokedBeforeCommit(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        handOver.revoked(partitions);
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        handOver.lost(partitions);
    }

    @Override
    public void close() {
        ledger.close();
    }
}
