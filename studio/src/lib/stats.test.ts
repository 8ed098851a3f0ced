import { describe, expect, it } from "vitest";
import { costPerModelPerDay, latencyPerModel, percentile } from "@/lib/stats";
import type { Execution } from "@/lib/api/types";

function call(model: string, day: string, cost: number, latency: number, error: string | null = null): Execution {
  return {
    call_id: `${model}-${day}-${cost}-${latency}`, prompt_id: "t", version: "1", inputs_json: {}, output_text: "", provider: "p", model, tokens_in: 1, tokens_out: 1,
    cost_usd: cost, latency_ms: latency, created_at: `${day}T10:00:00Z`, job_id: null, batch_id: null, status: error ? "failed" : "succeeded", error, attempts: 1,
  };
}

describe("execution statistics", () => {
  it("should_sum_cost_per_model_per_day_oldest_day_first", () => {
    // given
    const rows = [call("a", "2026-11-02", 0.5, 1), call("a", "2026-11-01", 0.25, 1), call("b", "2026-11-01", 1, 1), call("a", "2026-11-01", 0.25, 1)];

    // when
    const { days, models, total } = costPerModelPerDay(rows);

    // then
    expect(models).toEqual(["a", "b"]);
    expect(total).toBe(2);
    expect(days).toEqual([{ day: "2026-11-01", a: 0.5, b: 1 }, { day: "2026-11-02", a: 0.5 }]);
  });

  it("should_take_nearest_rank_percentiles", () => {
    const sorted = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 90)).toBe(90);
    expect(percentile(sorted, 99)).toBe(100);
    expect(percentile([], 50)).toBe(0);
  });

  it("should_leave_failed_calls_out_of_latency_percentiles", () => {
    // given
    const rows = [call("a", "2026-11-01", 0, 100), call("a", "2026-11-01", 0, 300), call("a", "2026-11-01", 0, 9999, "timeout")];

    // when
    const [a] = latencyPerModel(rows);

    // then
    expect(a).toEqual({ model: "a", calls: 2, p50: 100, p90: 300, p99: 300 });
  });
});
