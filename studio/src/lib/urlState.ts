import type { ExecutionFilter } from "@/lib/api/types";

/** The Executions screen's state as URL parameters, so a link reproduces it. */
export interface ExecutionView extends ExecutionFilter {
  call?: string;
}

const KEYS = ["template_id", "model", "status", "batch_id", "job_id", "since", "until", "call"] as const;

export function readExecutionView(params: URLSearchParams): ExecutionView {
  const view: ExecutionView = {};
  for (const key of KEYS) {
    const value = params.get(key)?.trim();
    if (value) (view as Record<string, string>)[key] = value;
  }
  return view;
}

/** Parameters of a view, empty values left out, in a fixed order. */
export function executionViewParams(view: ExecutionView): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = view[key]?.trim();
    if (value) params.set(key, value);
  }
  return params;
}

/** A link into Executions with these filters. */
export function executionsLink(view: ExecutionView): string {
  const query = executionViewParams(view).toString();
  return query ? `/executions?${query}` : "/executions";
}

/** The server-side filter of a view: every filter but the open call. */
export function serverFilter(view: ExecutionView): ExecutionFilter {
  const { call: _call, ...filter } = view;
  return filter;
}
