/** Shapes of the gateway's JSON, field for field as the HTTP contract names them (snake_case). */

export type InputType = "string" | "number" | "boolean" | "array<string>" | "object";

export const INPUT_TYPES: InputType[] = ["string", "number", "boolean", "array<string>", "object"];

export interface InputSpec {
  type: InputType;
  required: boolean;
  default: unknown;
  description?: string | null;
}

export interface Template {
  id: string;
  version: string;
  description: string | null;
  template: string;
  inputs: Record<string, InputSpec>;
  metadata: Record<string, unknown> | null;
}

export type TemplateDraft = Partial<Template> & { id: string; template: string };

export interface RenderResult {
  rendered: string;
  inputs_used: Record<string, unknown>;
}

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

export interface VersionEntry {
  version: string;
  created_at: string;
  content_hash: string;
  labels: string[];
}

export interface LabelMoved {
  id: string;
  label: string;
  version: string;
  labels: Record<string, string> | string[];
}

export interface Health {
  status: string;
  templates_loaded?: number;
  [key: string]: unknown;
}

export interface ModelResult {
  output: string;
  provider: string;
  model: string;
  tokens_in: number;
  tokens_out: number;
  cost_usd: number;
  latency_ms: number;
  error: string | null;
}

export interface ComparisonResult {
  results: ModelResult[];
  total_cost_usd: number;
  total_tokens_in: number;
  total_tokens_out: number;
  total_time_ms: number;
  successful_count: number;
  failed_count: number;
}

export interface CallParams {
  temperature?: number;
  max_tokens?: number;
  top_p?: number;
}

export type JobStatus = "queued" | "running" | "completed" | "failed" | "cancelled";

export interface Job {
  job_id: string;
  type?: "render" | "compare";
  status: JobStatus;
  template_id?: string;
  version?: string;
  created_at?: string;
  completed_at?: string | null;
  rendered?: string;
  result?: ComparisonResult;
  error?: string | null;
}

export interface JobRequest {
  type: "render" | "compare";
  template_id: string;
  version?: string;
  label?: string;
  inputs: Record<string, unknown>;
  models?: string[];
  params?: CallParams;
}

export interface BatchCreated {
  batch_id: string;
  total_jobs: number;
  total_calls: number;
  status: string;
}

/** Rows pasted or uploaded as they are, and the fields of the batch; the server reads and checks the rows. */
export interface BatchUpload {
  template_id: string;
  format: "csv" | "jsonl";
  text: string;
  models?: string[];
  params?: CallParams;
  name?: string;
}

/** One row of a dry run: the inputs the server would submit, or its errors by field. */
export interface BatchCheckRow {
  row_index: number;
  /** The row's first line in the uploaded text. */
  line?: number;
  valid: boolean;
  inputs: Record<string, unknown> | null;
  errors: { field: string; message: string }[];
}

/** `POST /api/batches?dry_run=true`. */
export interface BatchCheck {
  template_id: string;
  version: string;
  total_rows: number;
  valid_rows: number;
  invalid_rows: number;
  rows: BatchCheckRow[];
}

export interface BatchFilter {
  template_id?: string;
  status?: string;
  since?: string;
  until?: string;
  limit?: number;
  cursor?: string;
}

export interface BatchProgress {
  batch_id?: string;
  name?: string | null;
  template_id?: string;
  version?: string;
  models?: string[] | null;
  status: string;
  total_jobs: number;
  completed_jobs: number;
  failed_jobs: number;
  total_calls: number;
  completed_calls: number;
  total_cost_usd: number;
  total_tokens_in: number;
  total_tokens_out: number;
  created_at?: string;
  completed_at?: string | null;
}

export interface BatchResultRow {
  row_index: number;
  inputs: Record<string, unknown>;
  model: string;
  provider: string;
  output: string;
  tokens_in: number;
  tokens_out: number;
  cost_usd: number;
  latency_ms: number;
  error: string | null;
}

export interface Execution {
  call_id: string;
  prompt_id: string;
  version: string;
  inputs_json: unknown;
  output_text: string | null;
  provider: string;
  model: string;
  tokens_in: number;
  tokens_out: number;
  cost_usd: number;
  latency_ms: number;
  created_at: string;
  job_id: string | null;
  batch_id: string | null;
  status: "succeeded" | "failed" | "cancelled" | string;
  error: string | null;
  attempts: number;
}

export interface ExecutionFilter {
  template_id?: string;
  model?: string;
  job_id?: string;
  batch_id?: string;
  since?: string;
  limit?: number;
  cursor?: string;
}

/** One group of `GET /api/stats`: a model, template or day, with its calls, failures, sums and latency percentiles. */
export interface StatsGroup {
  group: string;
  calls: number;
  errors: number;
  tokens_in: number;
  tokens_out: number;
  cost_usd: number;
  latency_ms: { p50: number | null; p95: number | null; p99: number | null };
}

export interface Stats {
  group_by: "model" | "template" | "day";
  since: string | null;
  groups: StatsGroup[];
}

/** One entry of `GET /api/models`: prices in USD per million tokens, null when the model has none. */
export interface ModelInfo {
  model: string;
  provider: string;
  input_per_million_usd?: number | null;
  output_per_million_usd?: number | null;
  rate_limits?: Record<string, number | null>;
}
