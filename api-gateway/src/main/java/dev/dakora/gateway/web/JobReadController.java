package dev.dakora.gateway.web;

import dev.dakora.gateway.persistence.JobReads;
import dev.dakora.gateway.persistence.JobView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.Set;

/** Reads jobs: one by id, or a page of them newest first. */
@RestController
@Tag(name = "Jobs")
class JobReadController {

    private static final Set<String> STATUSES = Set.of("queued", "running", "completed", "failed", "cancelled");

    private final JobReads jobs;

    JobReadController(JobReads jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/api/jobs/{jobId}")
    @Operation(summary = "A job", description = "{\"job_id\",\"type\",\"status\",\"template_id\",\"version\",\"created_at\","
            + "\"completed_at\",\"rendered\"?,\"result\"?,\"error\"?} (plus batch_id and row_index for a job of a batch).")
    Mono<JobView> get(@PathVariable String jobId) {
        return jobs.find(jobId).switchIfEmpty(Mono.error(() -> JobController.unknown(jobId)));
    }

    @GetMapping("/api/jobs")
    @Operation(summary = "List jobs", description = "Newest first; filters template_id and status; limit (default 50, "
            + "at most 1000) and cursor (next_cursor of the previous page).")
    Mono<JobPage> list(@RequestParam(name = "template_id", required = false) String templateId,
                       @RequestParam(required = false) String status,
                       @RequestParam(required = false) String limit,
                       @RequestParam(required = false) String cursor) {
        if (status != null && !STATUSES.contains(status)) {
            return Mono.error(InvalidRequestException.of("status", "must be one of queued, running, completed, failed, cancelled"));
        }
        return Mono.fromCallable(() -> ListParams.limit(limit))
                .flatMap(max -> jobs.list(templateId, status, max, ListParams.cursor(cursor)))
                .map(JobPage::of);
    }
}
