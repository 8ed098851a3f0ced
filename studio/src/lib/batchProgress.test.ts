import { describe, expect, it } from "vitest";
import { batchView, newerProgress } from "@/lib/batchProgress";
import type { BatchProgress } from "@/lib/api/types";

const progress = (over: Partial<BatchProgress>): BatchProgress => ({
  batch_id: "b-1", name: "greeting batch", template_id: "greeting", version: "1.0.0", models: ["echo"],
  created_at: "2026-01-31T12:00:00Z", completed_at: null, status: "queued", total_jobs: 20, completed_jobs: 0, failed_jobs: 0, total_calls: 40, completed_calls: 0,
  total_cost_usd: 0, total_tokens_in: 0, total_tokens_out: 0, lane: "online", expected_completion_by: null, ...over,
});

describe("batch progress", () => {
  it("should_not_stay_queued_at_zero_when_the_grid_already_shows_cells", () => {
    const view = batchView(progress({ status: "queued" }), 10);

    expect(view.status).toBe("running");
    expect(view.completedCalls).toBe(10);
    expect(view.percent).toBe(25);
  });

  it("should_stay_queued_when_nothing_has_happened_yet", () => {
    const view = batchView(progress({ status: "queued" }), 0);

    expect(view.status).toBe("queued");
    expect(view.percent).toBe(0);
  });

  it("should_call_a_completed_batch_whose_every_row_failed_failed_at_100_percent", () => {
    const view = batchView(progress({ status: "completed", failed_jobs: 20 }), 0);

    expect(view.status).toBe("failed");
    expect(view.allRowsFailed).toBe(true);
    expect(view.percent).toBe(100);
  });

  it("should_keep_completed_when_only_some_rows_failed", () => {
    const view = batchView(progress({ status: "completed", completed_jobs: 18, failed_jobs: 2, completed_calls: 36 }), 36);

    expect(view.status).toBe("completed");
    expect(view.allRowsFailed).toBe(false);
    expect(view.failedRows).toBe(2);
  });

  it("should_count_failed_rows_towards_progress_while_running", () => {
    const view = batchView(progress({ status: "running", failed_jobs: 10 }), 0);

    expect(view.percent).toBe(50);
    expect(view.finished).toBe(false);
  });

  it("should_never_show_100_percent_before_the_server_calls_the_batch_final", () => {
    expect(batchView(progress({ status: "running", completed_calls: 40, completed_jobs: 20 }), 40).percent).toBe(99);
  });

  it("should_prefer_a_finished_poll_over_an_older_live_queued_snapshot_with_equal_counts", () => {
    const live = progress({ status: "queued" });
    const polled = progress({ status: "completed", failed_jobs: 20 });

    expect(newerProgress(live, polled)?.status).toBe("completed");
  });

  it("should_prefer_the_live_snapshot_when_it_counts_more", () => {
    const live = progress({ status: "running", completed_jobs: 5, completed_calls: 10 });
    const polled = progress({ status: "running", completed_jobs: 2, completed_calls: 4 });

    expect(newerProgress(live, polled)?.completed_calls).toBe(10);
    expect(newerProgress(null, polled)).toBe(polled);
  });
});
