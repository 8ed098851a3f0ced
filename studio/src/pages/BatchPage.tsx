import { useMemo, useState } from "react";
import { Link, useParams } from "react-router";
import { useMutation, useQuery } from "@tanstack/react-query";
import { ArrowLeft, Download, Square } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Progress } from "@/components/ui/progress";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { PageHeader } from "@/components/Layout";
import { ErrorState, Loading, NotAvailable } from "@/components/States";
import { isApiError, notAvailable } from "@/lib/api/client";
import { api, itemsOf } from "@/lib/api/endpoints";
import type { BatchProgress, BatchResultRow } from "@/lib/api/types";
import { downloadText } from "@/lib/download";
import { ms, usd } from "@/lib/format";
import { useLiveEvents, type LiveEvent } from "@/lib/liveEvents";

const FINISHED = new Set(["completed", "failed", "cancelled"]);

/** Cells of the grid by row index and model; live call events and fetched results both land here. */
export function mergeCells(rows: BatchResultRow[], events: LiveEvent[]): Map<string, BatchResultRow> {
  const cells = new Map<string, BatchResultRow>();
  rows.forEach((r) => cells.set(`${r.row_index}|${r.model}`, r));
  events.forEach((e) => {
    if (e.type === "call.completed" && typeof e.row_index === "number" && typeof e.model === "string") {
      cells.set(`${e.row_index}|${e.model}`, e as unknown as BatchResultRow);
    }
  });
  return cells;
}

export function BatchPage() {
  const { batchId = "" } = useParams();
  const [liveProgress, setLiveProgress] = useState<BatchProgress | null>(null);
  const [calls, setCalls] = useState<LiveEvent[]>([]);
  const live = useLiveEvents({ batch_id: batchId }, (event) => {
    if (event.type === "batch.progress") setLiveProgress(event as unknown as BatchProgress);
    if (event.type === "call.completed") setCalls((c) => [...c, event]);
  });
  const polled = useQuery({
    queryKey: ["batch", batchId],
    queryFn: () => api.getBatch(batchId),
    refetchInterval: (q) => (live === "open" || FINISHED.has(q.state.data?.status ?? "") ? false : 2000),
  });
  const progress = newer(liveProgress, polled.data);
  const done = FINISHED.has(progress?.status ?? "");
  const results = useQuery({
    queryKey: ["batch-results", batchId, done],
    queryFn: () => api.batchResults(batchId),
    enabled: !!progress,
    refetchInterval: done ? false : 3000,
  });
  const cancel = useMutation({ mutationFn: () => api.cancelBatch(batchId), onSuccess: () => polled.refetch() });
  const cells = useMemo(() => mergeCells(itemsOf(results.data), calls), [results.data, calls]);
  const rowIndexes = useMemo(() => Array.from(new Set(Array.from(cells.values()).map((c) => c.row_index))).sort((a, b) => a - b), [cells]);
  const models = useMemo(() => Array.from(new Set(Array.from(cells.values()).map((c) => c.model))), [cells]);

  if (polled.isPending && !liveProgress) return <Loading label="Loading the batch…" />;
  if (polled.isError && !liveProgress) {
    return isApiError(polled.error) && (polled.error.status === 405 || polled.error.status === 501) ? (
      <NotAvailable feature="Batches" route="GET /api/batches/{id}" />
    ) : (
      <ErrorState error={polled.error} what={`batch ${batchId}`} onRetry={() => polled.refetch()} />
    );
  }
  const p = progress!;
  const percent = p.total_calls ? Math.round((100 * p.completed_calls) / p.total_calls) : 0;

  const download = async (format: "csv" | "jsonl") => {
    const text = await api.batchResultsText(batchId, format);
    downloadText(text, `${batchId}.${format}`, format === "csv" ? "text/csv" : "application/x-ndjson");
  };

  return (
    <>
      <PageHeader
        title={`Batch ${batchId}`}
        actions={
          <>
            <Button variant="outline" asChild>
              <Link to="/batches">
                <ArrowLeft /> New batch
              </Link>
            </Button>
            <Button variant="outline" onClick={() => void download("csv")}>
              <Download /> CSV
            </Button>
            <Button variant="outline" onClick={() => void download("jsonl")}>
              <Download /> JSONL
            </Button>
            <Button variant="destructive" onClick={() => cancel.mutate()} disabled={done || cancel.isPending}>
              <Square /> Cancel
            </Button>
          </>
        }
      />
      {cancel.isError && (notAvailable(cancel.error) ? <NotAvailable feature="Cancelling a batch" route="POST /api/batches/{id}/cancel" /> : <ErrorState error={cancel.error} title="Not cancelled" />)}
      <Card className="mb-6">
        <CardContent className="grid gap-3">
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <Badge variant={p.status === "completed" ? "success" : p.status === "failed" ? "destructive" : "secondary"}>{p.status}</Badge>
            <span data-testid="batch-percent">{percent}%</span>
            <span className="text-muted-foreground">
              {p.completed_calls}/{p.total_calls} calls · {p.completed_jobs}/{p.total_jobs} rows · {p.failed_jobs} failed · {p.total_tokens_in}→{p.total_tokens_out} tokens
            </span>
            <span className="font-medium">Cost so far {usd(p.total_cost_usd)}</span>
            <span className="text-muted-foreground ml-auto text-xs">{live === "open" ? "live" : "updating every 2 s"}</span>
          </div>
          <Progress value={percent} aria-label="Batch progress" />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Results</CardTitle>
        </CardHeader>
        <CardContent>
          {results.isError && <ErrorState error={results.error} what="the results" />}
          {rowIndexes.length === 0 ? (
            <p className="text-muted-foreground text-sm">No results yet: cells appear as each model answers.</p>
          ) : (
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Row</TableHead>
                  <TableHead>Inputs</TableHead>
                  {models.map((m) => (
                    <TableHead key={m} className="font-mono">
                      {m}
                    </TableHead>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {rowIndexes.map((row) => {
                  const first = models.map((m) => cells.get(`${row}|${m}`)).find(Boolean);
                  return (
                    <TableRow key={row}>
                      <TableCell className="text-muted-foreground">{row}</TableCell>
                      <TableCell className="max-w-64 truncate font-mono text-xs">{JSON.stringify(first?.inputs ?? {})}</TableCell>
                      {models.map((m) => {
                        const cell = cells.get(`${row}|${m}`);
                        return (
                          <TableCell key={m} className="max-w-80 text-xs">
                            {!cell ? (
                              <span className="text-muted-foreground">…</span>
                            ) : cell.error ? (
                              <span className="text-destructive">{cell.error}</span>
                            ) : (
                              <>
                                <div className="line-clamp-4 whitespace-pre-wrap">{cell.output}</div>
                                <div className="text-muted-foreground mt-1">
                                  {usd(cell.cost_usd)} · {ms(cell.latency_ms)}
                                </div>
                              </>
                            )}
                          </TableCell>
                        );
                      })}
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </>
  );
}

function newer(live: BatchProgress | null, polled: BatchProgress | undefined): BatchProgress | undefined {
  if (!live) return polled;
  if (!polled) return live;
  return polled.completed_calls > live.completed_calls ? { ...live, ...polled } : { ...polled, ...live };
}
