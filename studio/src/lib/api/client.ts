import { getApiKey, requestApiKey } from "@/lib/apiKey";

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * A failed call, carrying the RFC 9457 problem's `detail` (the human message) and its per-field
 * `errors`. Status 0 means the gateway could not be reached at all.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly detail: string;
  readonly errors: FieldProblem[];
  readonly path: string;
  /** The whole problem document, for routes whose problems carry more fields (e.g. a render error's line). */
  readonly problem: Record<string, unknown>;

  constructor(status: number, detail: string, errors: FieldProblem[] = [], path = "", problem: Record<string, unknown> = {}) {
    super(detail);
    this.problem = problem;
    this.name = "ApiError";
    this.status = status;
    this.detail = detail;
    this.errors = errors;
    this.path = path;
  }

  /** The route itself is absent on this server (not merely an unknown id). */
  get routeMissing(): boolean {
    return this.status === 404 || this.status === 405 || this.status === 501;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** True when a feature's route is not served by this gateway, so the screen shows that instead of an error. */
export function notAvailable(error: unknown): boolean {
  return isApiError(error) && error.routeMissing;
}

export interface RequestOptions {
  body?: unknown;
  query?: Record<string, string | number | undefined | null>;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Answer the body as text instead of JSON (CSV and JSONL downloads). */
  text?: boolean;
  /** A body sent as is (an upload of CSV or JSONL rows), with its content type. */
  raw?: { body: string; contentType: string };
}

export function buildUrl(path: string, query?: RequestOptions["query"]): string {
  const params = new URLSearchParams();
  Object.entries(query ?? {}).forEach(([key, value]) => {
    if (value !== undefined && value !== null && value !== "") {
      params.set(key, String(value));
    }
  });
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json, application/problem+json", ...options.headers };
  const key = getApiKey();
  if (key) {
    headers["X-API-Key"] = key;
  }
  let body: BodyInit | undefined;
  if (options.raw !== undefined) {
    headers["Content-Type"] = options.raw.contentType;
    body = options.raw.body;
  } else if (options.body !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), { method, headers, body, signal: options.signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") {
      throw error;
    }
    throw new ApiError(0, "Cannot reach the Dakora gateway. Check that it is running, then retry.", [], path);
  }
  if (!response.ok) {
    throw await toApiError(response, path);
  }
  if (response.status === 204) {
    return undefined as T;
  }
  const text = await response.text();
  if (options.text) {
    return text as T;
  }
  return (text ? JSON.parse(text) : undefined) as T;
}

async function toApiError(response: Response, path: string): Promise<ApiError> {
  if (response.status === 401) {
    requestApiKey();
  }
  const text = await response.text().catch(() => "");
  let detail = "";
  let errors: FieldProblem[] = [];
  let document: Record<string, unknown> = {};
  try {
    const problem = JSON.parse(text) as { detail?: unknown; title?: unknown; errors?: unknown };
    if (typeof problem === "object" && problem !== null) document = problem as Record<string, unknown>;
    detail = typeof problem.detail === "string" ? problem.detail : typeof problem.title === "string" ? problem.title : "";
    errors = Array.isArray(problem.errors) ? problem.errors.filter(isFieldProblem) : [];
  } catch {
    detail = text.trim().slice(0, 300);
  }
  return new ApiError(response.status, detail || fallbackDetail(response.status), errors, path, document);
}

function isFieldProblem(value: unknown): value is FieldProblem {
  return typeof value === "object" && value !== null && "field" in value && "message" in value;
}

function fallbackDetail(status: number): string {
  switch (status) {
    case 401:
      return "This server needs an API key: enter one to continue.";
    case 403:
      return "This API key is not allowed to do that.";
    case 404:
      return "Not found.";
    case 429:
      return "Too many requests: wait a moment, then retry.";
    case 503:
      return "A service the gateway depends on is down: retry shortly.";
    default:
      return `The gateway answered HTTP ${status}.`;
  }
}
