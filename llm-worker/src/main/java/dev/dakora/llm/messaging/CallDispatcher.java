package dev.dakora.llm.messaging;

import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.llm.domain.ModelCallService;
import dev.dakora.llm.domain.SendGate;
import dev.dakora.llm.lane.BatchLane;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.support.Acknowledgment;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
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

    private static final LogAccessor LOG = new LogAccessor(LogFactory.getLog(CallDispatcher.class));

    public static final String LISTENER_ID = "dakora-llm-model-calls";

    private final ModelCallService service;
    private final ResultPublisher publisher;
    private final ExecutorService executor;
    private final OffsetTracker tracker = new OffsetTracker();
    private final Backpressure backpressure;
    private final CallLedger ledger;
    private final DispatchSettings settings;
    private CallSpans spans = CallSpans.NOOP;
    private final BatchLane lane;

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
        this.service = service;
        this.publisher = publisher;
        this.executor = executor;
        this.ledger = ledger;
        this.settings = settings;
        this.backpressure = backpressure.create(tracker::inFlight, tracker::held);
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
            committed(partition, tracker.finished(partition, record.offset()));
            return;
        }
        if (lane.takes(record.value())) {
            if (lane.holds(partition.partition(), ticket.callId()) && ticket.markKnown()) {
                committed(partition, tracker.finished(partition, record.offset()));
                return;
            }
            backpressure.check(partition);
            executor.execute(() -> hold(record.value(), ticket, partition, record.offset()));
            return;
        }
        backpressure.check(partition);
        Span span = spans.start(record);
        executor.execute(() -> {
            try (Tracer.SpanInScope ignored = spans.scope(span)) {
                run(record.value(), ticket, partition, record.offset());
            } finally {
                span.end();
            }
        });
    }

    /** Hands a batch-lane call to the lane; its offset counts as done once the lane stored it. */
    private void hold(ModelCallRequested call, CallTicket ticket, TopicPartition partition, long offset) {
        try {
            if (ticket.runningOn(Thread.currentThread()) && ticket.send()) {
                lane.hold(partition.partition(), call);
                committed(partition, tracker.finished(partition, offset));
            }
        } catch (InterruptedException e) {
            // stopping or withdrawn: the offset stays uncommitted and the call is redelivered
            Thread.currentThread().interrupt();
        } finally {
            backpressure.check(partition);
        }
    }

    private void run(ModelCallRequested call, CallTicket ticket, TopicPartition partition, long offset) {
        try {
            if (!ticket.runningOn(Thread.currentThread())) {
                return;
            }
            SendGate gate = () -> ticket.state() == CallTicket.State.SENT
                    || !(ledger.knows(partition, offset, call.callId()) && ticket.markKnown()) && ticket.send();
            ModelCallCompleted result = service.handle(call, gate);
            spans.describe(result);
            switch (ticket.state()) {
                case WITHDRAWN -> {
                    return;
                }
                case KNOWN -> committed(partition, tracker.finished(partition, offset));
                default -> {
                    if (Thread.currentThread().isInterrupted()) {
                        // stopping: a wait cut short makes a failed result that is not the call's outcome;
                        // nothing is published, the offset stays uncommitted and the call is redelivered
                        return;
                    }
                    publisher.publish(result);
                    committed(partition, tracker.finished(partition, offset));
                }
            }
        } catch (InterruptedException e) {
            // stopping or withdrawn: the offset stays uncommitted and the call is redelivered
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            // not retried: it would fail the same way, and an unfinished offset would stall the partition
            LOG.error(e, () -> "no result published for " + call.callId() + "; its offset is skipped");
            committed(partition, tracker.finished(partition, offset));
        } finally {
            backpressure.check(partition);
        }
    }

    private void committed(TopicPartition partition, long offset) {
        if (offset >= 0) {
            ledger.committed(partition, offset);
        }
    }

    int inFlight() {
        return tracker.inFlight();
    }

    /** Opens the ledger windows of the records the new partitions redeliver, before any is dispatched. */
    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        Map<TopicPartition, Long> starts = new HashMap<>();
        for (TopicPartition partition : partitions) {
            starts.put(partition, consumer.position(partition));
        }
        ledger.open(starts, consumer.endOffsets(partitions), settings.ledgerWait());
        try {
            lane.assigned(partitions.stream().map(TopicPartition::partition).toList());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Withdraws the calls of revoked partitions not sent yet and gives those in flight up to the grace to
     * finish, so their offsets are committed before the new owner starts; the rest are redelivered and
     * recognised by the new owner's ledger once their results are published.
     */
    @Override
    public void onPartitionsRevokedBeforeCommit(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        tracker.withdrawQueued(partitions);
        try {
            if (!tracker.awaitFinished(partitions, settings.revokeGrace())) {
                LOG.warn(() -> "calls of " + partitions + " still in flight after " + settings.revokeGrace()
                        + "; the partitions' next owner may send them again");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        release(partitions);
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        tracker.withdrawQueued(partitions);
        release(partitions);
    }

    private void release(Collection<TopicPartition> partitions) {
        lane.revoked(partitions.stream().map(TopicPartition::partition).toList());
        tracker.forget(partitions);
        backpressure.forget(partitions);
        ledger.close(partitions);
    }

    @Override
    public void close() {
        ledger.close();
    }
}
