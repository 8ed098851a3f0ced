import { useEffect, useMemo, useState } from "react";
import { Link, useParams } from "react-router";
import { useMutation, useQuery } from "@tanstack/react-query";
import { GitCompare, Square } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Progress } from "@/components/ui/progress";
import { PageHeader } from "@/components/Layout";
import { ErrorState, Loading, NotAvailable } from "@/components/States";
import { CellDetail } from "@/components/experiments/CellDetail";
import { ColumnAggregates } from "@/components/experiments/ColumnAggregates";
import { OutputDiff } from "@/components/experiments/OutputDiff";
import { ResultsGrid } from "@/components/experiments/ResultsGrid";
import { buildGrid, type GridCell } from "@/components/experiments/grid";
import { useExperimentProgress, type ExperimentProgress } from "@/components/experiments/useExperimentProgress";
import { isApiError, notAvailable } from "@/lib/api/client";
import { allResults, experimentApi, isFinal } from "@/lib/api/experiments";
import { usd } from "@/lib/format";

const POLL_MS = 2000;

export function ExperimentPage() {
  const { experimentId = "" } = useParams();
  const [live, setLive] = useState<ExperimentProgress | null>(null);
  const socket = useExperimentProgress(experimentId, setLive);
  const experiment = useQuery({
    queryKey: ["experiment", experimentId],
    queryFn: () => experimentApi.get(experimentId),
    refetchInterval: (q) => (isFinal(q.state.data?.status) ? false : socket === "open" ? 5 * POLL_MS : POLL_MS),
    retry: false,
  });
  const liveFinal = isFinal(live?.status);
  const refetch = experiment.refetch;
  useEffect(() => {
    if (liveFinal) void refetch();
  }, [liveFinal, refetch]);
  const status = isFinal(experiment.data?.status) ? experiment.data!.status : live?.status ?? experiment.data?.status ?? "queued";
  const done = isFinal(status);
  const scored = Math.max(live?.scored_calls ?? 0, experiment.data?.scored_calls ?? 0);
  const results = useQuery({
    queryKey: ["experiment-results", experimentId, done],
    queryFn: () => allResults(experimentId),
    enabled: !!experiment.data,
    // Every result is read again while it runs: the larger the experiment, the less often (3 s to 1 min).
    refetchInterval: done ? false : Math.min(60_000, Math.max(3000, experiment.data?.total_calls ?? 0)),
    retry: false,
  });
  const cancel = useMutation({ mutationFn: () => experimentApi.cancel(experimentId), onSuccess: () => void refetch() });
  const grid = useMemo(() => buildGrid(experiment.data?.columns ?? [], results.data ?? []), [experiment.data?.columns, results.data]);
  const [open, setOpen] = useState<GridCell | null>(null);
  const [diffRow, setDiffRow] = useState<number | null>(null);
  const diffOutputs = useMemo(() => (results.data ?? []).filter((r) => r.row === diffRow && r.output != null), [results.data, diffRow]);

  if (experiment.isPending) return <Loading label="Loading the experiment…" />;
  if (experiment.isError) {
    return isApiError(experiment.error) && (experiment.error.status === 405 || experiment.error.status === 501)
      ? <NotAvailable feature="Experiments" route="GET /api/experiments/{id}" />
      : <ErrorState error={experiment.error} what={`experiment ${experimentId}`} onRetry={() => experiment.refetch()} />;
  }
  const e = experiment.data;
  const total = live?.total_calls ?? e.total_calls ?? 0;
  const pct = total ? Math.round((100 * scored) / total) : done ? 100 : 0;
  const passedCalls = Math.max(live?.passed ?? 0, e.passed ?? 0);

  return (
    <>
      <PageHeader title={e.name || `Experiment ${experimentId}`} description={`${e.template_id ?? ""} · dataset ${e.dataset?.name ?? "?"}@${e.dataset?.version ?? "latest"} · ${experimentId}`}
        actions={
          <>
            <Button variant="outline" asChild>
              <Link to={`/experiments/${encodeURIComponent(experimentId)}/compare`}><GitCompare /> Compare</Link>
            </Button>
            <Button variant="destructive" onClick={() => cancel.mutate()} disabled={done || cancel.isPending}><Square /> Cancel</Button>
          </>
        } />
      {cancel.isError && (notAvailable(cancel.error) ? <NotAvailable feature="Cancelling an experiment" route="POST /api/experiments/{id}/cancel" /> : <ErrorState error={cancel.error} title="Not cancelled" />)}
      <Card className="mb-6">
        <CardContent className="grid gap-3">
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <Badge variant={status === "completed" ? "success" : status === "failed" ? "destructive" : "secondary"} data-testid="experiment-status">{status}</Badge>
            <span data-testid="experiment-percent">{pct}%</span>
            <span className="text-muted-foreground">
              {scored}/{total} calls scored · {passedCalls} passed · {e.total_rows ?? "?"} rows{e.render_failures ? ` · ${e.render_failures} rows failed to render` : ""}
            </span>
            <span>judge cost {usd(e.judge_cost_usd)}</span>
            <span className="text-muted-foreground ml-auto text-xs">{done ? "finished" : socket === "open" ? "live" : "updating every 2 s"}</span>
          </div>
          <Progress value={pct} aria-label="Experiment progress" />
        </CardContent>
      </Card>
      <Card className="mb-6">
        <CardHeader><CardTitle>Columns</CardTitle></CardHeader>
        <CardContent><ColumnAggregates columns={e.columns} /></CardContent>
      </Card>
      <Card>
        <CardHeader><CardTitle>Results</CardTitle></CardHeader>
        <CardContent>
          {results.isError && <ErrorState error={results.error} what="the results" />}
          {grid.rows.length === 0
            ? <p className="text-muted-foreground text-sm">No scored results yet: cells appear as calls are scored.</p>
            : <ResultsGrid grid={grid} onOpen={setOpen} onDiff={setDiffRow} />}
        </CardContent>
      </Card>
      <CellDetail cell={open} onClose={() => setOpen(null)} />
      <OutputDiff row={diffRow} outputs={diffOutputs} onClose={() => setDiffRow(null)} />
    </>
  );
}
