package dev.dakora.bench;

import dev.dakora.common.event.EventJson;
import dev.dakora.common.event.JobCommand;
import dev.dakora.common.event.JobSubmitted;
import dev.dakora.common.render.TemplateRenderer;
import dev.dakora.render.domain.JobRenderer;
import dev.dakora.render.domain.RenderOutcome;

import java.time.Clock;

/**
 * The render worker's per-job CPU cost without Kafka, on one thread: read a job's JSON, render it and
 * fan it out, write every resulting event's JSON. Arguments: {@code [jobs] [models]}.
 */
public final class RenderStepThroughput {

    private RenderStepThroughput() {
    }

    public static void main(String[] args) {
        int jobs = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int models = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        JobRenderer renderer = new JobRenderer(new TemplateRenderer(), Clock.systemUTC());
        byte[][] payloads = new byte[jobs][];
        for (int i = 0; i < jobs; i++) {
            payloads[i] = EventJson.write(BenchJobs.compare("step-" + i, i, models));
        }
        for (int round = 0; round < 3; round++) {
            long bytes = 0;
            long started = System.nanoTime();
            for (byte[] payload : payloads) {
                RenderOutcome outcome = renderer.render((JobSubmitted) EventJson.read(payload, JobCommand.class));
                bytes += EventJson.write(outcome.event()).length;
                for (var call : outcome.calls()) {
                    bytes += EventJson.write(call).length;
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("render step, round %d: %d jobs in %.2f s -> %.0f jobs/s on one thread (%d bytes out)%n",
                    round + 1, jobs, seconds, jobs / seconds, bytes);
        }
    }
}
