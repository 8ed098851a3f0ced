import { useCallback, useEffect, useRef, useState } from "react";
import { api } from "@/lib/api/endpoints";
import { isApiError } from "@/lib/api/client";
import type { CallParams, ComparisonResult, JobRequest, JobStatus, ModelResult } from "@/lib/api/types";
import type { DraftDocument } from "@/lib/api/draftRender";
import { useLiveEvents, type LiveEvent } from "@/lib/liveEvents";

export type Column = { model: string; result?: ModelResult };

export interface CompareState {
  phase: "idle" | "submitting" | "running" | "done" | "failed" | "unavailable";
  jobId?: string;
  jobStatus?: JobStatus;
  columns: Column[];
  totals?: ComparisonResult;
  error?: unknown;
  /** How results arrive: live over the WebSocket, by polling the job, or in one synchronous answer. */
  via?: "websocket" | "polling" | "sync";
}

/** Folds one live event into the columns: a call fills its model's column, job.completed fills all. */
export function applyEvent(state: CompareState, event: LiveEvent): CompareState {
  if (event.type === "call.completed" && typeof event.model === "string") {
    const result = event as unknown as ModelResult;
    const columns = state.columns.map((c) => (c.model === event.model ? { ...c, result: { ...result, error: result.error ?? null } } : c));
    return { ...state, columns };
  }
  if (event.type === "job.completed") {
    const result = event.result as ComparisonResult | undefined;
    return {
      ...state,
      phase: event.status === "completed" || event.status === undefined ? "done" : "failed",
      jobStatus: (event.status as JobStatus) ?? "completed",
      columns: result ? fill(state.columns, result) : state.columns,
      totals: result,
      error: typeof event.error === "string" ? new Error(event.error) : state.error,
    };
  }
  return state;
}

function fill(columns: Column[], result: ComparisonResult): Column[] {
  return columns.map((c, i) => ({ ...c, result: result.results.find((r) => r.model === c.model) ?? result.results[i] ?? c.result }));
}

const POLL_MS = 1500;

type JobDraft = NonNullable<JobRequest["template"]>;

/**
 * Runs a comparison as a job and follows it live; falls back to polling the job when the WebSocket is
 * not there, and to the synchronous compare route when the job API is not there. The template is a
 * stored template's id, or an unsaved draft (which only the job API runs).
 */
export function useCompareRun() {
  const [state, setState] = useState<CompareState>({ phase: "idle", columns: [] });
  const live = useLiveEvents(state.phase === "running" && state.jobId ? { job_id: state.jobId } : null, (event) =>
    setState((s) => applyEvent(s, event)),
  );
  const runId = useRef(0);

  useEffect(() => {
    if (state.phase !== "running" || !state.jobId || live === "open" || live === "connecting") return;
    const jobId = state.jobId;
    const timer = setInterval(async () => {
      try {
        const job = await api.getJob(jobId);
        setState((s) => {
          if (s.jobId !== jobId) return s;
          const finished = job.status === "completed" || job.status === "failed" || job.status === "cancelled";
          return {
            ...s,
            via: "polling",
            jobStatus: job.status,
            phase: finished ? (job.status === "completed" ? "done" : "failed") : "running",
            columns: job.result ? fill(s.columns, job.result) : s.columns,
            totals: job.result ?? s.totals,
            error: job.error ? new Error(job.error) : s.error,
          };
        });
      } catch (error) {
        setState((s) => ({ ...s, phase: "failed", error }));
      }
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [state.phase, state.jobId, live]);

  const run = useCallback(async (template: string | DraftDocument, inputs: Record<string, unknown>, models: string[], params: CallParams,
    pick: { version?: string; label?: string } = {}) => {
    const mine = ++runId.current;
    const columns = models.map((model) => ({ model }));
    setState({ phase: "submitting", columns });
    try {
      const target = typeof template === "string" ? { template_id: template, ...pick } : { template: template as JobDraft };
      const job = await api.submitJob({ type: "compare", ...target, inputs, models, params }, crypto.randomUUID());
      if (mine === runId.current) setState({ phase: "running", jobId: job.job_id, jobStatus: job.status, columns, via: "websocket" });
    } catch (error) {
      if (!(isApiError(error) && error.routeMissing) || typeof template !== "string") {
        if (mine === runId.current) setState({ phase: "failed", columns, error });
        return;
      }
      try {
        const result = await api.compareNow(template, { inputs, models, ...params }, pick);
        if (mine === runId.current) setState({ phase: "done", columns: fill(columns, result), totals: result, via: "sync" });
      } catch (syncError) {
        const missing = isApiError(syncError) && syncError.routeMissing;
        if (mine === runId.current) setState({ phase: missing ? "unavailable" : "failed", columns, error: syncError });
      }
    }
  }, []);

  const cancel = useCallback(async () => {
    if (state.jobId) {
      await api.cancelJob(state.jobId).catch(() => undefined);
    }
  }, [state.jobId]);

  return { state, live, run, cancel };
}
