import type { Execution } from "@/lib/api/types";

export interface DayCost {
  day: string;
  [model: string]: number | string;
}

export interface LatencyRow {
  model: string;
  calls: number;
  p50: number;
  p90: number;
  p99: number;
}

/** Cost per model per UTC day, one object per day with a key per model, oldest day first. */
export function costPerModelPerDay(rows: Execution[]): { days: DayCost[]; models: string[]; total: number } {
  const byDay = new Map<string, DayCost>();
  const models = new Set<string>();
  let total = 0;
  for (const row of rows) {
    const day = (row.created_at ?? "").slice(0, 10);
    if (!day) continue;
    models.add(row.model);
    const entry = byDay.get(day) ?? { day };
    entry[row.model] = ((entry[row.model] as number | undefined) ?? 0) + (row.cost_usd ?? 0);
    total += row.cost_usd ?? 0;
    byDay.set(day, entry);
  }
  const days = Array.from(byDay.values()).sort((a, b) => a.day.localeCompare(b.day));
  return { days, models: Array.from(models).sort(), total };
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** Latency p50, p90 and p99 per model over the successful calls. */
export function latencyPerModel(rows: Execution[]): LatencyRow[] {
  const byModel = new Map<string, number[]>();
  for (const row of rows) {
    if (row.error || row.latency_ms == null) continue;
    const list = byModel.get(row.model) ?? [];
    list.push(row.latency_ms);
    byModel.set(row.model, list);
  }
  return Array.from(byModel.entries())
    .map(([model, values]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return { model, calls: sorted.length, p50: percentile(sorted, 50), p90: percentile(sorted, 90), p99: percentile(sorted, 99) };
    })
    .sort((a, b) => a.model.localeCompare(b.model));
}
