import { describe, expect, it } from "vitest";
import { checkInstant, checkRange, rangeText, usageSummary } from "@/lib/stats";
import type { StatsGroup } from "@/lib/api/types";

const group = (name: string, calls: number, errors: number, cost: number, p50: number | null): StatsGroup => ({
  group: name, calls, errors, tokens_in: 0, tokens_out: 0, cost_usd: cost, latency_ms: { p50, p95: p50, p99: p50 },
});

describe("usage statistics", () => {
  it("should_total_calls_and_cost_and_chart_models_by_name", () => {
    const summary = usageSummary([group("echo/b", 2, 0, 0.5, 10), group("echo", 3, 1, 0.25, 20)]);

    expect(summary.calls).toBe(5);
    expect(summary.errors).toBe(1);
    expect(summary.cost).toBe(0.75);
    expect(summary.costs.map((c) => c.model)).toEqual(["echo", "echo/b"]);
    expect(summary.latencies.map((l) => l.p50)).toEqual([20, 10]);
    expect(summary.empty).toBe(false);
    expect(summary.allFailed).toBe(false);
  });

  it("should_chart_a_group_without_a_name_under_an_empty_name_first", () => {
    const summary = usageSummary([group("echo", 1, 0, 0.5, 10), { ...group("", 2, 0, 0.25, 20), group: null }]);

    expect(summary.costs).toEqual([{ model: "", cost: 0.25 }, { model: "echo", cost: 0.5 }]);
    expect(summary.calls).toBe(3);
  });

  it("should_say_empty_when_the_range_has_no_call", () => {
    const summary = usageSummary([]);

    expect(summary.empty).toBe(true);
    expect(summary.allFailed).toBe(false);
  });

  it("should_say_all_failed_and_chart_no_latency_when_every_call_failed", () => {
    const summary = usageSummary([group("openai/gpt-4o", 4, 4, 0, 100)]);

    expect(summary.allFailed).toBe(true);
    expect(summary.latencies).toEqual([]);
  });
});

describe("the range in the filter form", () => {
  it("should_accept_a_date_an_instant_or_nothing", () => {
    expect(checkInstant("Since", "2026-11-30")).toEqual({ value: "2026-11-30" });
    expect(checkInstant("Since", " 2026-11-30T12:00:00Z ")).toEqual({ value: "2026-11-30T12:00:00Z" });
    expect(checkInstant("Since", "")).toEqual({});
  });

  it("should_refuse_words_and_impossible_dates_naming_the_end", () => {
    expect(checkInstant("Since", "yesterday").error).toMatch(/Since must be a date/);
    expect(checkInstant("Until", "tomorrow").error).toMatch(/Until must be a date/);
    expect(checkInstant("Since", "2026-02-30").error).toBe("2026-02-30 is not a calendar date");
    expect(checkInstant("Since", "2026-11-30 12:00").error).toMatch(/Since must be/);
  });

  it("should_accept_an_until_after_since_or_either_end_alone", () => {
    expect(checkRange("2026-11-01", "2026-11-01T00:00:01Z")).toEqual({ since: "2026-11-01", until: "2026-11-01T00:00:01Z" });
    expect(checkRange("", "2026-12-01")).toEqual({ since: undefined, until: "2026-12-01" });
    expect(rangeText("2026-11-01", "2026-12-01")).toBe("from 2026-11-01 until 2026-12-01");
    expect(rangeText(undefined, "2026-12-01")).toBe("until 2026-12-01");
  });

  it("should_refuse_an_until_not_after_since", () => {
    expect(checkRange("2026-11-02", "2026-11-01").error).toBe("Until must be after since");
    expect(checkRange("2026-11-01", "2026-11-01T00:00:00Z").error).toBe("Until must be after since");
    expect(checkRange("2026-11-01", "later").error).toMatch(/Until must be a date/);
  });
});
