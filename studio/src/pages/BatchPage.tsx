import { useMemo, useState } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { useMutation, useQuery } from "@tanstack/react-query";
import { ArrowLeft, Download, ListTree, Square } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Progress } from "@/components/ui/progress";
import { BatchGrid } from "@/components/BatchGrid";
import { BatchLaneNote, BatchLaneSaving } from "@/components/BatchLane";
import { CallPanel } from "@/components/CallPanel";
import { PageHeader } from "@/components/Layout";
import { RowFailures } from "@/components/RowFailures";
import { ErrorState, Loading, NotAvailable } from "@/components/States";
import { isApiError, notAvailable } from "@/lib/api/client";
import { api, itemsOf } from "@/lib/api/endpoints";
import { useTemplate } from "@/lib/api/queries";
import type { BatchProgress } from "@/lib/api/types";
import { mergeCells, modelColumns, type GridCell } from "@/lib/batchGrid";
import { batchView, newerProgress } from "@/lib/batchProgress";
import { downloadText } from "@/lib/download";
import { usd } from "@/lib/format";
import { useLiveEvents, type LiveEvent } from "@/lib/liveEvents";
import { executionsLink } from "@/lib/urlState";

const FINISHED = new Set(["completed", "failed", "cancelled"]);
const CANCELLABLE = new Set(["queued", "running"]);

export function BatchPage() {
  const { batchId = "" } = useParams();
  const [search, setSearch] = useSearchParams();
  const openCall = search.get("call");
  const [liveProgress, setLiveProgress] = useState<BatchProgress | null>(null);
  const [calls, setCalls] = useState<LiveEvent[]>([]);
  const live = useLiveEvents({ batch_id: batchId }, (event) => {
    if (event.type === "batch.progress") setLiveProgress(event as unknown as BatchProgress);
    if (event.type === "call.completed") setCalls((c) => [...c, event]);
  });
  const polled = useQuery({
    queryKey: ["batch", batchId],
    queryFn: () => api.getBatch(batchId),
    refetchInterval: (q) => (FINISHED.has(q.state.data?.status ?? "") ? false : live === "open" ? 5000 : 2000),
  });
  const progress = newerProgress(liveProgress, polled.data);
  const done = FINISHED.has(progress?.status ?? "");
  const results = useQuery({
    queryKey: ["batch-results", batchId, done],
    queryFn: () => api.batchResults(batchId),
    enabled: !!progress,
    refetchInterval: done ? false : 3000,
  });
  const cancel = useMutation({ mutationFn: () => api.cancelBatch(batchId), onSuccess: () => polled.refetch() });
  const cells = useMemo(() => mergeCells(itemsOf(results.data) as GridCell[], calls), [results.data, calls]);
  const rowIndexes = useMemo(() => Array.from(new Set(Array.from(cells.values()).map((c) => c.row_index))).sort((a, b) => a - b), [cells]);
  const requested = useMemo(() => polled.data?.models ?? [], [polled.data?.models]);
  const models = useMemo(() => modelColumns(requested, cells.values()), [requested, cells]);
  const template = useTemplate(polled.data?.template_id);
  const inputOrder = useMemo(() => Object.keys(template.data?.inputs ?? {}), [template.data]);
  const setOpenCall = (callId: string | null) => {
    const next = new URLSearchParams(search);
    if (callId) next.set("call", callId);
    else next.delete("call");
    setSearch(next, { replace: !callId });
  };

  if (polled.isPending && !liveProgress) return <Loading label="Loading the batch…" />;
  if (polled.isError && !liveProgress) {
    return isApiError(polled.error) && (polled.error.status === 405 || polled.error.status === 501) ? (
      <NotAvailable feature="Batches" route="GET /api/batches/{id}" />
    ) : (
      <ErrorState error={polled.error} what={`batch ${batchId}`} onRetry={() => polled.refetch()} />
    );
  }
  const p = progress!;
  const view = batchView(p, cells.size);

  const download = async (format: "csv" | "jsonl") => {
    const text = await api.batchResultsText(batchId, format);
    downloadText(text, `${batchId}.${format}`, format === "csv" ? "text/csv" : "application/x-ndjson");
  };

  return (
    <>
      <PageHeader
        title={polled.data?.name || p.name || `Batch ${batchId}`}
        description={polled.data?.name || p.name ? `Batch ${batchId}` : undefined}
        actions={
          <>
            <Button variant="outline" asChild>
              <Link to="/batches">
                <ArrowLeft /> New batch
              </Link>
            </Button>
            <Button variant="outline" asChild>
              <Link to={executionsLink({ batch_id: batchId })}>
                <ListTree /> Calls in Executions
              </Link>
            </Button>
            <Button variant="outline" onClick={() => void download("csv")}>
              <Download /> CSV
            </Button>
            <Button variant="outline" onClick={() => void download("jsonl")}>
              <Download /> JSONL
            </Button>
            <Button variant="destructive" onClick={() => cancel.mutate()} disabled={!CANCELLABLE.has(view.status) || cancel.isPending}>
              <Square /> Cancel
            </Button>
          </>
        }
      />
      {cancel.isError && (notAvailable(cancel.error) ? <NotAvailable feature="Cancelling a batch" route="POST /api/batches/{id}/cancel" /> : <ErrorState error={cancel.error} title="Not cancelled" />)}
      <Card className="mb-6">
        <CardContent className="grid gap-3">
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <Badge data-testid="batch-status" variant={view.status === "completed" ? "success" : view.status === "failed" ? "destructive" : "secondary"}>
              {view.status}
            </Badge>
            <span data-testid="batch-percent">{view.percent}%</span>
            <span className="text-muted-foreground" data-testid="batch-counts">
              {view.completedCalls}/{p.total_calls} calls · {view.finishedRows}/{p.total_jobs} rows done · {p.failed_jobs} failed · {p.total_tokens_in}→{p.total_tokens_out} tokens
            </span>
            <span className="font-medium">
              {done ? "Cost" : "Cost so far"} {usd(p.total_cost_usd)}
            </span>
            <BatchLaneNote lane={polled.data?.lane ?? p.lane} expectedBy={polled.data?.expected_completion_by ?? p.expected_completion_by} />
            <BatchLaneSaving saving={polled.data?.saving_usd} listPrice={polled.data?.list_price_usd} />
            <span className="text-muted-foreground ml-auto text-xs">{done ? "finished" : live === "open" ? "live" : "updating every 2 s"}</span>
          </div>
          <Progress value={view.percent} aria-label="Batch progress" />
        </CardContent>
      </Card>
      <RowFailures batchId={batchId} failedRows={p.failed_jobs} totalRows={p.total_jobs} inputOrder={inputOrder} />
      <Card>
        <CardHeader>
          <CardTitle>Results</CardTitle>
        </CardHeader>
        <CardContent>
          {results.isError && <ErrorState error={results.error} what="the results" />}
          {rowIndexes.length === 0 ? (
            <p className="text-muted-foreground text-sm" data-testid="no-results">
              {view.allRowsFailed ? "No model was called: every row failed before it was sent (reasons above)." : done ? "No results." : "No results yet: cells appear as each model answers."}
            </p>
          ) : (
            <BatchGrid cells={cells} rowIndexes={rowIndexes} models={models} inputOrder={inputOrder} onOpen={setOpenCall} />
          )}
        </CardContent>
      </Card>
      <CallPanel callId={openCall} onClose={() => setOpenCall(null)} />
    </>
  );
}
