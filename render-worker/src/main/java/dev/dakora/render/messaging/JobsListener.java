package dev.dakora.render.messaging;

import dev.dakora.common.event.JobCommand;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;

import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Consumes {@code dakora.jobs} a poll batch at a time. The container runs each batch in one Kafka
 * transaction: every event it produces and the batch's consumer offsets commit together, or not at
 * all. A batch that runs past its time budget (slow templates) stops early: what is done commits with
 * the offsets of the records handled, and the rest is polled again, so no transaction outlives the
 * producer's transaction timeout. {@link RecordAttempts} marks each batch before it renders and
 * names the records that killed workers too often; those are given up instead of rendered.
 *
 * <p>An {@link Error} that escapes a record's handling (rendering errors are the handler's) is
 * rethrown as an exception: the batch rolls back and is retried, while an {@code Error} would stop
 * the consumer for good.
 */
final class JobsListener {

    /** What the listener does with one record. */
    interface RecordHandler {

        void handle(ConsumerRecord<String, JobCommand> record);

        void giveUp(ConsumerRecord<String, JobCommand> record, int attempts);
    }

    private final RecordHandler handler;
    private final RecordAttempts attempts;
    private final long budgetNanos;
    private final LongSupplier nanoTime;

    JobsListener(RecordHandler handler, RecordAttempts attempts, Duration budget, LongSupplier nanoTime) {
        this.handler = handler;
        this.attempts = attempts;
        this.budgetNanos = budget.toNanos();
        this.nanoTime = nanoTime;
    }

    @KafkaListener(id = "render-worker", idIsGroup = false,
            topics = "#{T(dev.dakora.common.event.Topics).JOBS.name()}", batch = "true")
    void onJobs(List<ConsumerRecord<String, JobCommand>> records, Acknowledgment ack) {
        long started = nanoTime.getAsLong();
        RecordAttempts.Batch batch = attempts.start(records);
        for (int i = 0; i < records.size(); i++) {
            if (i > 0 && nanoTime.getAsLong() - started > budgetNanos) {
                ack.nack(i, Duration.ZERO);
                return;
            }
            ConsumerRecord<String, JobCommand> record = records.get(i);
            try {
                if (batch.mayRender(record)) {
                    handler.handle(record);
                } else {
                    handler.giveUp(record, batch.maxAttempts());
                }
            } catch (Error e) {
                throw new IllegalStateException("handling " + record.topic() + "-" + record.partition() + "@"
                        + record.offset() + " failed: " + e, e);
            }
        }
        ack.acknowledge();
    }
}
