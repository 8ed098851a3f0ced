import { request } from "./client";
import { readComparison, readExperiment, type Loose } from "./experimentsRead";

const enc = encodeURIComponent;

export type AssertionMap = { type: string } & Record<string, unknown>;

export interface ExperimentRequest {
  name: string;
  template: string;
  versions: string[];
  models: string[];
  samples?: number;
  dataset: { name: string; version?: string };
  pass_threshold?: number;
  assertions: AssertionMap[];
}

/** One (template version, model) column with its aggregates, once results exist. */
export interface ExperimentColumn {
  version: string;
  model: string;
  batch_id?: string;
  results?: number;
  passed?: number;
  failed_calls?: number;
  pass_rate?: number | null;
  mean_score?: number | null;
  p50_latency_ms?: number | null;
  p95_latency_ms?: number | null;
  total_cost_usd?: number | null;
  unpriced_calls?: number;
  cost_per_pass_usd?: number | null;
  judge_cost_usd?: number | null;
}

export interface Experiment {
  experiment_id: string;
  name: string;
  template_id?: string;
  versions?: string[];
  models?: string[];
  samples?: number;
  dataset?: { name: string; version?: string | number };
  pass_threshold?: number | null;
  assertions?: AssertionMap[];
  status: string;
  total_rows?: number;
  total_calls?: number;
  scored_calls?: number;
  passed?: number;
  render_failures?: number;
  judge_cost_usd?: number | null;
  created_at?: string;
  completed_at?: string | null;
  columns: ExperimentColumn[];
}

export interface AssertionResult {
  type: string;
  passed: boolean;
  score?: number | null;
  weight?: number | null;
  reason?: string | null;
}

export interface ExperimentResult {
  row: number;
  version: string;
  model: string;
  sample: number;
  call_id?: string;
  succeeded: boolean;
  passed: boolean;
  score?: number | null;
  output?: string | null;
  error?: string | null;
  latency_ms?: number | null;
  tokens_in?: number | null;
  tokens_out?: number | null;
  cost_usd?: number | null;
  judge_cost_usd?: number | null;
  inputs?: Record<string, unknown> | null;
  expected?: string | null;
  assertions?: AssertionResult[];
}

export type RowChange = "regressed" | "improved" | "unchanged" | "only_baseline" | "only_candidate";

export interface Side {
  pass_share: number | null;
  mean_score: number | null;
}

export interface ComparedRow {
  row: number;
  change: RowChange;
  baseline: Side | null;
  candidate: Side | null;
}

export interface Comparison {
  regressed: number;
  improved: number;
  unchanged: number;
  rows: ComparedRow[];
}

export interface Page<T> {
  items: T[];
  next_cursor?: string | null;
}

const FINAL = new Set(["completed", "failed", "cancelled"]);

export function isFinal(status: string | undefined): boolean {
  return FINAL.has(status ?? "");
}

export const experimentApi = {
  list: (cursor?: string, limit = 20) =>
    request<Page<Loose>>("GET", "/api/experiments", { query: { limit, cursor } }).then((p) => ({
      items: (p.items ?? []).map(readExperiment),
      next_cursor: p.next_cursor,
    })),
  get: (id: string) => request<Loose>("GET", `/api/experiments/${enc(id)}`).then(readExperiment),
  results: (id: string, cursor?: string) =>
    request<Page<ExperimentResult>>("GET", `/api/experiments/${enc(id)}/results`, { query: { limit: 5000, cursor } }),
  create: (body: ExperimentRequest) => request<Loose>("POST", "/api/experiments", { body }),
  cancel: (id: string) => request<unknown>("POST", `/api/experiments/${enc(id)}/cancel`),
  compare: (id: string, baseline: string) =>
    request<Loose>("GET", `/api/experiments/${enc(id)}/compare`, { query: { baseline } }).then(readComparison),
};

/** Every result of an experiment, following the cursor (5,000 a page). */
export async function allResults(id: string): Promise<ExperimentResult[]> {
  const all: ExperimentResult[] = [];
  let cursor: string | undefined;
  do {
    const page = await experimentApi.results(id, cursor);
    all.push(...(page.items ?? []));
    cursor = page.next_cursor ?? undefined;
  } while (cursor);
  return all;
}
