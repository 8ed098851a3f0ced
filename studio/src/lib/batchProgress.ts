import type { BatchProgress } from "@/lib/api/types";

const RANK: Record<string, number> = { queued: 0, running: 1, completed: 2, failed: 2, cancelled: 2 };
const FINAL = new Set(["completed", "failed", "cancelled"]);

/** How far a batch is along, from the same counts wherever they came from (socket, poll or the grid). */
export interface BatchView {
  /** queued, running, completed, failed (every row failed) or cancelled. */
  status: string;
  finished: boolean;
  /** Calls answered: never fewer than the cells the grid shows. */
  completedCalls: number;
  /** Rows final (completed or failed). */
  finishedRows: number;
  percent: number;
  /** Rows that failed before any call (render errors), as the server counts them. */
  failedRows: number;
  /** The server says completed although no row succeeded. */
  allRowsFailed: boolean;
}

function rank(status: string | undefined): number {
  return RANK[status ?? ""] ?? 0;
}

/**
 * The more advanced of a live snapshot and a polled one: the higher status rank wins, then the more rows
 * and calls counted. A finished poll is never overridden by an older live "queued".
 */
export function newerProgress(live: BatchProgress | null, polled: BatchProgress | undefined): BatchProgress | undefined {
  if (!live) return polled;
  if (!polled) return live;
  const score = (p: BatchProgress) => [rank(p.status), p.completed_jobs + p.failed_jobs, p.completed_calls];
  const [a, b] = [score(live), score(polled)];
  const liveAhead = a[0] !== b[0] ? a[0] > b[0] : a[1] !== b[1] ? a[1] > b[1] : a[2] >= b[2];
  return liveAhead ? { ...polled, ...live } : { ...live, ...polled };
}

/** What the batch page shows: counts reconciled with the cells on screen, and a status that cannot lag them. */
export function batchView(progress: BatchProgress, cellsShown: number): BatchView {
  const completedCalls = Math.max(progress.completed_calls, cellsShown);
  const finishedRows = Math.min(progress.total_jobs, progress.completed_jobs + progress.failed_jobs);
  const finished = FINAL.has(progress.status);
  const allRowsFailed = finished && progress.total_jobs > 0 && progress.failed_jobs >= progress.total_jobs;
  let status = progress.status;
  if (status === "queued" && (completedCalls > 0 || finishedRows > 0)) status = "running";
  if (status === "completed" && allRowsFailed) status = "failed";
  const callShare = progress.total_calls ? completedCalls / progress.total_calls : 0;
  const rowShare = progress.total_jobs ? finishedRows / progress.total_jobs : 0;
  const percent = finished ? 100 : Math.min(99, Math.floor(100 * Math.max(callShare, rowShare)));
  return { status, finished, completedCalls, finishedRows, percent, failedRows: progress.failed_jobs, allRowsFailed };
}
