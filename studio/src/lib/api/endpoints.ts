import { request } from "./client";
import type {
  BatchCheck,
  BatchCreated,
  BatchEstimate,
  BatchFilter,
  BatchProgress,
  BatchUpload,
  BatchResultRow,
  ComparisonResult,
  Execution,
  ExecutionFilter,
  Health,
  Job,
  JobRequest,
  LabelMoved,
  ModelInfo,
  Page,
  RenderResult,
  Stats,
  Template,
  TemplateDraft,
  VersionEntry,
} from "./types";

const enc = encodeURIComponent;

export const api = {
  health: () => request<Health>("GET", "/api/health"),

  listTemplates: () => request<string[]>("GET", "/api/templates"),
  getTemplate: (id: string, pick?: { version?: string; label?: string }) =>
    request<Template>("GET", `/api/templates/${enc(id)}`, { query: pick }),
  createTemplate: (draft: TemplateDraft) => request<Template>("POST", "/api/templates", { body: draft }),
  updateTemplate: (id: string, changes: Partial<Template>) =>
    request<Template>("PUT", `/api/templates/${enc(id)}`, { body: changes }),
  deleteTemplate: (id: string) => request<void>("DELETE", `/api/templates/${enc(id)}`),
  render: (id: string, inputs: Record<string, unknown>, signal?: AbortSignal) =>
    request<RenderResult>("POST", `/api/templates/${enc(id)}/render`, { body: { inputs }, signal }),
  compareNow: (id: string, body: { inputs: Record<string, unknown>; models: string[] } & Record<string, unknown>, pick?: { version?: string; label?: string }) =>
    request<ComparisonResult>("POST", `/api/templates/${enc(id)}/compare`, { body, query: pick }),

  versions: (id: string, cursor?: string) =>
    request<Page<VersionEntry>>("GET", `/api/templates/${enc(id)}/versions`, { query: { limit: 1000, cursor } }),
  moveLabel: (id: string, label: string, version: string) =>
    request<LabelMoved>("PUT", `/api/templates/${enc(id)}/labels/${enc(label)}`, { body: { version } }),

  models: () => request<ModelInfo[] | { items: ModelInfo[] }>("GET", "/api/models"),

  submitJob: (job: JobRequest, idempotencyKey?: string) =>
    request<Job>("POST", "/api/jobs", {
      body: job,
      headers: idempotencyKey ? { "Idempotency-Key": idempotencyKey } : undefined,
    }),
  getJob: (jobId: string) => request<Job>("GET", `/api/jobs/${enc(jobId)}`),
  cancelJob: (jobId: string) => request<Job>("POST", `/api/jobs/${enc(jobId)}/cancel`),

  checkBatch: (upload: BatchUpload, signal?: AbortSignal) =>
    request<BatchCheck>("POST", "/api/batches", { query: { ...uploadFields(upload), dry_run: "true" }, raw: rawRows(upload), signal }),
  submitBatch: (upload: BatchUpload) =>
    request<BatchCreated>("POST", "/api/batches", { query: uploadFields(upload), raw: rawRows(upload) }),
  estimateBatch: (upload: BatchUpload) =>
    request<BatchEstimate>("POST", "/api/batches", { query: { ...uploadFields(upload), estimate: "true" }, raw: rawRows(upload) }),
  listBatches: (filter: BatchFilter) => request<Page<BatchProgress>>("GET", "/api/batches", { query: { ...filter } }),
  getBatch: (batchId: string) => request<BatchProgress>("GET", `/api/batches/${enc(batchId)}`),
  batchResults: (batchId: string) =>
    request<BatchResultRow[] | Page<BatchResultRow>>("GET", `/api/batches/${enc(batchId)}/results`, {
      query: { format: "json" },
    }),
  batchResultsText: (batchId: string, format: "csv" | "jsonl") =>
    request<string>("GET", `/api/batches/${enc(batchId)}/results`, { query: { format }, text: true }),
  cancelBatch: (batchId: string) => request<unknown>("POST", `/api/batches/${enc(batchId)}/cancel`),

  executions: (filter: ExecutionFilter) =>
    request<Page<Execution>>("GET", "/api/executions", { query: { ...filter } }),
  stats: (groupBy: "model" | "template" | "day", range: { since?: string; until?: string } = {}) =>
    request<Stats>("GET", "/api/stats", { query: { group_by: groupBy, since: range.since, until: range.until } }),
};

/** The batch's fields as the query parameters of an upload. */
function uploadFields(upload: BatchUpload): Record<string, string | number | undefined> {
  return {
    template_id: upload.template_id,
    models: upload.models?.length ? upload.models.join(",") : undefined,
    name: upload.name,
    temperature: upload.params?.temperature,
    max_tokens: upload.params?.max_tokens,
    top_p: upload.params?.top_p,
    lane: upload.params?.lane,
  };
}

function rawRows(upload: BatchUpload) {
  return { body: upload.text, contentType: upload.format === "csv" ? "text/csv" : "application/x-ndjson" };
}

/** Lists may come as a bare array or as a page; both read as an array. */
export function itemsOf<T>(answer: T[] | { items: T[] } | undefined): T[] {
  if (!answer) {
    return [];
  }
  return Array.isArray(answer) ? answer : (answer.items ?? []);
}
