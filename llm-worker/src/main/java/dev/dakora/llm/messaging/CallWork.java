package dev.dakora.llm.messaging;

import dev.dakora.common.event.ModelCallCompleted;
import dev.dakora.common.event.ModelCallRequested;
import dev.dakora.llm.domain.ModelCallService;
import dev.dakora.llm.domain.SendGate;
import dev.dakora.llm.lane.BatchLane;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.common.TopicPartition;
import org.springframework.core.log.LogAccessor;

/**
 * What runs on a call's own thread for the {@link CallDispatcher}: the model call up to its published
 * result, or the hand-over of a batch-lane call to the {@link BatchLane}. Either finishes the call's offset
 * ({@link #finish}) only once its outcome is stored; a call withdrawn or cut short by a stop leaves its
 * offset uncommitted, so it is redelivered.
 */
final class CallWork {

    private static final LogAccessor LOG = new LogAccessor(LogFactory.getLog(CallWork.class));

    private final ModelCallService service;
    private final ResultPublisher publisher;
    private final OffsetTracker tracker;
    private final CallLedger ledger;
    private final Backpressure backpressure;
    private final BatchLane lane;

    CallWork(ModelCallService service, ResultPublisher publisher, OffsetTracker tracker, CallLedger ledger,
             Backpressure backpressure, BatchLane lane) {
        this.service = service;
        this.publisher = publisher;
        this.tracker = tracker;
        this.ledger = ledger;
        this.backpressure = backpressure;
        this.lane = lane;
    }

    /**
     * Marks the call at {@code offset} done: the tracker acknowledges the finished run at the head of the
     * partition, and the ledger drops a window this worker has committed past.
     */
    void finish(TopicPartition partition, long offset) {
        long committed = tracker.finished(partition, offset);
        if (committed >= 0) {
            ledger.committed(partition, committed);
        }
    }

    /** Hands a batch-lane call to the lane; its offset counts as done once the lane stored it. */
    void hold(ModelCallRequested call, CallTicket ticket, TopicPartition partition, long offset) {
        try {
            if (ticket.runningOn(Thread.currentThread()) && ticket.send()) {
                lane.hold(partition.partition(), call);
                finish(partition, offset);
            }
        } catch (InterruptedException e) {
            // stopping or withdrawn: the offset stays uncommitted and the call is redelivered
            Thread.currentThread().interrupt();
        } finally {
            backpressure.check(partition);
        }
    }

    /**
     * Calls the model, asking the ledger before the first try whether the result is already published,
     * then publishes the result (in the current span, which {@code spans} describes) and finishes the offset.
     */
    void run(ModelCallRequested call, CallTicket ticket, TopicPartition partition, long offset, CallSpans spans) {
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
                case KNOWN -> finish(partition, offset);
                default -> {
                    if (Thread.currentThread().isInterrupted()) {
                        // stopping: a wait cut short makes a failed result that is not the call's outcome;
                        // nothing is published, the offset stays uncommitted and the call is redelivered
                        return;
                    }
                    publisher.publish(result);
                    finish(partition, offset);
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
            finish(partition, offset);
        } finally {
            backpressure.check(partition);
        }
    }
}
