/** Batches submitted from this browser, newest first: the contract has no route that lists batches. */
export interface RecentBatch {
  batch_id: string;
  template_id: string;
  name?: string;
  rows: number;
  models: string[];
  created_at: string;
}

const KEY = "dakora.recentBatches";
const MAX = 50;

export function recentBatches(): RecentBatch[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? "[]");
    return Array.isArray(value) ? (value as RecentBatch[]) : [];
  } catch {
    return [];
  }
}

export function rememberBatch(batch: RecentBatch): void {
  const rest = recentBatches().filter((b) => b.batch_id !== batch.batch_id);
  localStorage.setItem(KEY, JSON.stringify([batch, ...rest].slice(0, MAX)));
}
