package dev.dakora.sink.it;

import dev.dakora.common.event.Topics;
import dev.dakora.sink.support.KafkaProbe;

import java.util.List;

import static dev.dakora.sink.support.TestEvents.batch;
import static dev.dakora.sink.support.TestEvents.compareJob;
import static dev.dakora.sink.support.TestEvents.rendered;
import static dev.dakora.sink.support.TestEvents.succeeded;

/** A batch of compare jobs on two models as the other roles publish it: submissions, renders, call results. */
final class SinkBatch {

    static final List<String> MODELS = List.of("gpt-4o-mini", "o3-mini");

    private SinkBatch() {
    }

    /** Jobs {@code <batchId>-<row>}; every call succeeds with 10 tokens in, 20 out and a cost of 0.001. */
    static void publish(KafkaProbe kafka, String batchId, int rows) {
        kafka.send(Topics.JOBS.name(), batchId, batch(batchId, rows, MODELS));
        for (int row = 0; row < rows; row++) {
            String jobId = batchId + "-" + row;
            kafka.send(Topics.JOBS.name(), jobId, compareJob(jobId, batchId, row, MODELS));
            kafka.send(Topics.RENDERS.name(), jobId, rendered(jobId, batchId, row, MODELS));
            for (String model : MODELS) {
                kafka.send(Topics.CALL_RESULTS.name(), jobId, succeeded(jobId, batchId, row, model));
            }
        }
        kafka.flush();
    }
}
