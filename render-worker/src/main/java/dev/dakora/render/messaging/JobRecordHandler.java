package dev.dakora.render.messaging;

import dev.dakora.common.event.JobCommand;
import dev.dakora.common.event.JobSubmitted;
import dev.dakora.common.tracing.KafkaTracing;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import dev.dakora.common.template.InvalidSpecException;
import dev.dakora.render.domain.JobRenderer;
import dev.dakora.render.domain.RenderOutcome;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

/**
 * Handles one record of {@code dakora.jobs} inside the listener's transaction. A submitted job is
 * rendered and its outcome published; cancellations and batches need no render. A record that is not
 * a job command, or a job the worker cannot run (its template snapshot is not a valid spec), goes to
 * {@code dakora.jobs-dlt} in the same transaction, so it is dead-lettered exactly once and never
 * blocks the partition. Any other throwable of a render (an {@link OutOfMemoryError}, a
 * {@link StackOverflowError}, an unexpected exception) fails that job with a message and leaves the
 * consumer running; a job that stopped the worker too often ({@link #giveUp}) fails and is
 * dead-lettered without being rendered again. A render is a span ({@value #SPAN}), the child of the
 * trace context in the job's record; the events it publishes carry that span's context.
 */
final class JobRecordHandler implements JobsListener.RecordHandler {

    private static final LogAccessor LOG = new LogAccessor(JobRecordHandler.class);

    static final String SPAN = "dakora.render";

    private final JobRenderer renderer;
    private final RenderPublisher publisher;
    private final ConsumerRecordRecoverer deadLetters;
    private final KafkaTracing tracing;

    JobRecordHandler(JobRenderer renderer, RenderPublisher publisher, ConsumerRecordRecoverer deadLetters) {
        this(renderer, publisher, deadLetters, KafkaTracing.NOOP);
    }

    JobRecordHandler(JobRenderer renderer, RenderPublisher publisher, ConsumerRecordRecoverer deadLetters,
                     KafkaTracing tracing) {
        this.renderer = renderer;
        this.publisher = publisher;
        this.deadLetters = deadLetters;
        this.tracing = tracing;
    }

    @Override
    public void handle(ConsumerRecord<String, JobCommand> record) {
        DeserializationException unreadable = SerializationUtils.getExceptionFromHeader(record,
                SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
        if (unreadable != null) {
            deadLetter(record, unreadable);
        } else if (record.value() == null) {
            deadLetter(record, new SerializationException("a record without a value is not a job command"));
        } else if (record.value() instanceof JobSubmitted job) {
            Span span = tracing.childOf(record.headers(), SPAN).kind(Span.Kind.CONSUMER)
                    .tag("dakora.job_id", job.jobId()).start();
            try (Tracer.SpanInScope ignored = tracing.scope(span)) {
                render(record, job);
            } catch (RuntimeException | Error e) {
                span.error(e);
                throw e;
            } finally {
                span.end();
            }
        }
    }

    private void render(ConsumerRecord<String, JobCommand> record, JobSubmitted job) {
        RenderOutcome outcome;
        try {
            outcome = renderer.render(job);
        } catch (InvalidSpecException e) {
            // rendering is deterministic: a job that cannot be turned into events fails the same way on every retry
            deadLetter(record, e);
            return;
        } catch (Throwable e) {
            String message = RenderCrashes.describe(e);
            LOG.error(e instanceof VirtualMachineError ? null : e, () -> "job " + job.jobId() + " at " + record.topic()
                    + "-" + record.partition() + "@" + record.offset() + " crashed its render: " + message);
            outcome = renderer.failed(job, message);
        }
        publisher.publish(outcome);
    }

    /** Fails a job the worker will not render again, and dead-letters its record, in the listener's transaction. */
    @Override
    public void giveUp(ConsumerRecord<String, JobCommand> record, int attempts) {
        String message = RenderCrashes.crashLoop(attempts);
        if (record.value() instanceof JobSubmitted job) {
            publisher.publish(renderer.failed(job, message));
        }
        deadLetter(record, new IllegalStateException(message));
    }

    private void deadLetter(ConsumerRecord<String, JobCommand> record, Exception cause) {
        // a deserialization failure only says "failed to deserialize"; its cause says why
        Throwable reason = cause instanceof DeserializationException && cause.getCause() != null ? cause.getCause() : cause;
        LOG.warn(() -> "dead-lettering " + record.topic() + "-" + record.partition() + "@" + record.offset()
                + " (key " + record.key() + "): " + reason.getMessage());
        deadLetters.accept(record, cause);
    }
}
