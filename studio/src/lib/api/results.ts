import { request } from "./client";

/** One logged call in full (`GET /api/executions/{call_id}`); `prompt` is null for calls logged without it. */
export interface CallDetail {
  call_id: string;
  job_id: string;
  batch_id: string | null;
  row_index: number | null;
  template_id: string | null;
  version: string | null;
  model: string;
  provider: string | null;
  status: string;
  inputs: Record<string, unknown> | null;
  prompt: string | null;
  output: string | null;
  tokens_in: number;
  tokens_out: number;
  cost_usd: number | null;
  priced: boolean;
  latency_ms: number;
  attempts: number;
  error: string | null;
  created_at: string;
}

/** A batch row that ended before any model answered (`GET /api/batches/{id}/failures`). */
export interface RowFailure {
  row_index: number;
  status: string;
  error: string;
  inputs: Record<string, unknown> | null;
}

export interface BatchFailures {
  batch_id: string;
  items: RowFailure[];
  truncated: boolean;
}

const enc = encodeURIComponent;

export const resultsApi = {
  callDetail: (callId: string) => request<CallDetail>("GET", `/api/executions/${enc(callId)}`),
  batchFailures: (batchId: string) =>
    request<BatchFailures>("GET", `/api/batches/${enc(batchId)}/failures`, { query: { limit: 1000 } }),
};
