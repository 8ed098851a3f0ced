import type { StatsGroup } from "@/lib/api/types";

export interface ModelCost {
  model: string;
  cost: number;
}

export interface ModelLatency {
  model: string;
  p50: number;
  p95: number;
  p99: number;
}

/** What the usage charts show for one range of `GET /api/stats?group_by=model`, and why a chart is empty. */
export interface UsageSummary {
  calls: number;
  errors: number;
  cost: number;
  costs: ModelCost[];
  latencies: ModelLatency[];
  /** No call in the range. */
  empty: boolean;
  /** Every call in the range failed: latency would chart failures only. */
  allFailed: boolean;
}

/** A group's name: its model here (every logged call has one); `group` is null only for `group_by=template`. */
const name = (g: StatsGroup): string => g.group ?? "";

/** Per-model cost and latency percentiles from the server's aggregates, models by name. */
export function usageSummary(groups: StatsGroup[]): UsageSummary {
  const sorted = [...groups].sort((a, b) => name(a).localeCompare(name(b)));
  const calls = sorted.reduce((n, g) => n + g.calls, 0);
  const errors = sorted.reduce((n, g) => n + g.errors, 0);
  const cost = sorted.reduce((n, g) => n + (g.cost_usd ?? 0), 0);
  return {
    calls,
    errors,
    cost,
    costs: sorted.map((g) => ({ model: name(g), cost: g.cost_usd ?? 0 })),
    latencies: sorted
      .filter((g) => g.calls > g.errors && g.latency_ms.p50 != null)
      .map((g) => ({ model: name(g), p50: g.latency_ms.p50 ?? 0, p95: g.latency_ms.p95 ?? 0, p99: g.latency_ms.p99 ?? 0 })),
    empty: calls === 0,
    allFailed: calls > 0 && errors >= calls,
  };
}

/**
 * One end of a range typed in the filter form (`label` is "Since" or "Until"): empty, a date
 * (2026-11-30, midnight UTC) or an ISO-8601 instant. Answers the value to send, or an error message for
 * the form; never sends a date the server would refuse.
 */
export function checkInstant(label: string, text: string): { value?: string; error?: string } {
  const value = text.trim();
  if (!value) return {};
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value);
  if ((!date && !instant) || Number.isNaN(Date.parse(date ? `${value}T00:00:00Z` : value))) {
    return { error: `${label} must be a date such as 2026-11-30 or an instant such as 2026-11-30T12:00:00Z` };
  }
  if (date && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    return { error: `${value} is not a calendar date` };
  }
  return { value };
}

/** Both ends of the range (since inclusive, until exclusive), each checked, until after since. */
export function checkRange(sinceText: string, untilText: string): { since?: string; until?: string; error?: string } {
  const since = checkInstant("Since", sinceText);
  const until = checkInstant("Until", untilText);
  const error = since.error ?? until.error;
  if (error) return { error };
  if (since.value && until.value && instantOf(until.value) <= instantOf(since.value)) {
    return { error: "Until must be after since" };
  }
  return { since: since.value, until: until.value };
}

function instantOf(value: string): number {
  return Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
}

/** How a range reads in the charts' captions. */
export function rangeText(since?: string, until?: string): string {
  if (since && until) return `from ${since} until ${until}`;
  if (since) return `since ${since}`;
  if (until) return `until ${until}`;
  return "over all time";
}
