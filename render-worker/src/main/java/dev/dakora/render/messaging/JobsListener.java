package dev.dakora.render.messaging;

import dev.dakora.common.event.JobCommand;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

import java.util.List;

/**
 * Consumes {@code dakora.jobs} a poll batch at a time. The container runs each batch in one Kafka
 * transaction: every event it produces and the batch's consumer offsets commit together, or not at all.
 */
final class JobsListener {

    private final JobRecordHandler handler;

    JobsListener(JobRecordHandler handler) {
        this.handler = handler;
    }

    @KafkaListener(id = "render-worker", idIsGroup = false,
            topics = "#{T(dev.dakora.common.event.Topics).JOBS.name()}", batch = "true")
    void onJobs(List<ConsumerRecord<String, JobCommand>> records) {
        records.forEach(handler::handle);
    }
}
