import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, isApiError, request } from "./client";

const enc = encodeURIComponent;

export interface DatasetSummary {
  name: string;
  latest_version: number | string;
  row_count: number;
  created_at?: string;
  updated_at?: string;
}

export interface DatasetVersion {
  name: string;
  version: number | string;
  row_count: number;
  source: string;
  template_id?: string | null;
  created_at?: string;
}

export interface DatasetRow {
  row: number;
  inputs: Record<string, unknown>;
  expected?: string | null;
  metadata?: Record<string, unknown> | null;
}

export interface DatasetPage<T> {
  items: T[];
  next_cursor?: string | null;
}

export interface DatasetRows extends DatasetPage<DatasetRow> {
  name: string;
  version: number | string;
  row_count: number;
}

/** One refused row of an upload, as the server names it (`row`, `line`, `field`, `message`). */
export interface RowProblem {
  row?: number | null;
  line?: number | null;
  field?: string | null;
  message: string;
}

export type DatasetFileFormat = "csv" | "jsonl" | "json";

const CONTENT_TYPES: Record<DatasetFileFormat, string> = { csv: "text/csv", jsonl: "application/x-ndjson", json: "application/json" };

/** The upload format from a file's name, else from its first character (`[` JSON, `{` JSONL, otherwise CSV). */
export function datasetFormat(fileName: string | undefined, text: string): DatasetFileFormat {
  const name = (fileName ?? "").toLowerCase();
  if (name.endsWith(".csv")) return "csv";
  if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) return "jsonl";
  if (name.endsWith(".json")) return "json";
  const first = text.trimStart()[0];
  return first === "[" ? "json" : first === "{" ? "jsonl" : "csv";
}

/** The per-row problems a refused upload carries (400 unreadable rows, 422 rows that misfit the template). */
export function rowProblems(error: unknown): RowProblem[] {
  if (!isApiError(error)) return [];
  return (error.errors as RowProblem[]).filter((e) => typeof e.message === "string");
}

export const datasetApi = {
  list: (cursor?: string, limit = 20) => request<DatasetPage<DatasetSummary>>("GET", "/api/datasets", { query: { limit, cursor } }),
  get: (name: string) => request<DatasetSummary>("GET", `/api/datasets/${enc(name)}`),
  versions: (name: string, cursor?: string) =>
    request<DatasetPage<DatasetVersion>>("GET", `/api/datasets/${enc(name)}/versions`, { query: { limit: 100, cursor } }),
  rows: (name: string, version: string, cursor?: string, limit = 50) =>
    request<DatasetRows>("GET", `/api/datasets/${enc(name)}/versions/${enc(version)}/rows`, { query: { limit, cursor } }),
  upload: (name: string, format: DatasetFileFormat, text: string, templateId?: string) =>
    request<DatasetVersion>("POST", `/api/datasets/${enc(name)}/versions`, {
      query: { template_id: templateId },
      raw: { body: text, contentType: CONTENT_TYPES[format] },
    }),
  fromBatch: (name: string, batchId: string, expectedModel?: string) =>
    request<DatasetVersion>("POST", `/api/datasets/${enc(name)}/versions/from-batch`, {
      body: { batch_id: batchId, ...(expectedModel ? { expected_model: expectedModel } : {}) },
    }),
  remove: (name: string) => request<void>("DELETE", `/api/datasets/${enc(name)}`),
};

/** Datasets newest first, a page at a time (`Load more` asks for the next cursor). */
export function useDatasetList() {
  return useInfiniteQuery({
    queryKey: ["datasets"],
    queryFn: ({ pageParam }) => datasetApi.list(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next_cursor ?? undefined,
    retry: false,
  });
}

export function useDatasetVersions(name: string) {
  return useQuery({ queryKey: ["dataset-versions", name], queryFn: () => datasetApi.versions(name), retry: false });
}

export function useDatasetRows(name: string, version: string | undefined) {
  return useInfiniteQuery({
    queryKey: ["dataset-rows", name, version],
    queryFn: ({ pageParam }) => datasetApi.rows(name, version!, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next_cursor ?? undefined,
    enabled: !!version,
    retry: false,
  });
}

function useInvalidateDataset() {
  const client = useQueryClient();
  return (name: string) =>
    Promise.all([
      client.invalidateQueries({ queryKey: ["datasets"] }),
      client.invalidateQueries({ queryKey: ["dataset-versions", name] }),
      client.invalidateQueries({ queryKey: ["dataset-rows", name] }),
    ]);
}

export interface UploadRequest {
  name: string;
  format: DatasetFileFormat;
  text: string;
  templateId?: string;
}

export function useUploadDataset() {
  const invalidate = useInvalidateDataset();
  return useMutation<DatasetVersion, ApiError, UploadRequest>({
    mutationFn: (u) => datasetApi.upload(u.name, u.format, u.text, u.templateId),
    onSuccess: (created) => invalidate(created.name),
  });
}

export function useDatasetFromBatch(name: string) {
  const invalidate = useInvalidateDataset();
  return useMutation<DatasetVersion, ApiError, { batchId: string; expectedModel?: string }>({
    mutationFn: (b) => datasetApi.fromBatch(name, b.batchId, b.expectedModel),
    onSuccess: () => invalidate(name),
  });
}

export function useDeleteDataset() {
  const invalidate = useInvalidateDataset();
  return useMutation<void, ApiError, string>({ mutationFn: (name) => datasetApi.remove(name), onSuccess: (_, name) => invalidate(name) });
}
