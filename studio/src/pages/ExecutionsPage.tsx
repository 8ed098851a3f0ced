import { useMemo } from "react";
import { useSearchParams } from "react-router";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { CallPanel } from "@/components/CallPanel";
import { ExecutionFilters } from "@/components/ExecutionFilters";
import { PageHeader } from "@/components/Layout";
import { Empty, QueryState } from "@/components/States";
import { UsageCharts } from "@/components/UsageCharts";
import { api } from "@/lib/api/endpoints";
import { formatTime, ms, usd } from "@/lib/format";
import { executionViewParams, readExecutionView, serverFilter, type ExecutionView } from "@/lib/urlState";

/** The call log: filters and the open call live in the URL, so a link reproduces the view. */
export function ExecutionsPage() {
  const [search, setSearch] = useSearchParams();
  const view = useMemo(() => readExecutionView(search), [search]);
  const filter = useMemo(() => serverFilter(view), [view]);
  const log = useInfiniteQuery({
    queryKey: ["executions", filter],
    queryFn: ({ pageParam }) => api.executions({ ...filter, limit: 200, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });
  const rows = log.data?.pages.flatMap((p) => p.items) ?? [];
  const show = (next: ExecutionView, replace = false) => setSearch(executionViewParams(next), { replace });

  return (
    <>
      <PageHeader title="Executions" description="Every model call, with its cost and latency." />
      <ExecutionFilters
        key={search.toString().replace(/(^|&)call=[^&]*/, "")}
        view={view}
        seenModels={rows.map((r) => r.model)}
        onApply={(next) => show(next)}
      />
      <div className="mb-6">
        <UsageCharts since={view.since} until={view.until} />
      </div>
      <QueryState query={log} what="the execution log" feature="The execution log" route="GET /api/executions">
        {rows.length === 0 ? (
          <Empty title="No calls logged for these filters">
            Run a comparison or a batch: each model call shows up here with its cost and latency.
          </Empty>
        ) : (
          <Card>
            <CardContent>
                <Table data-testid="executions-table" className="min-w-[44rem]">
                  <TableHeader>
                    <TableRow>
                      <TableHead>When</TableHead>
                      <TableHead>Template</TableHead>
                      <TableHead>Model</TableHead>
                      <TableHead>Tokens</TableHead>
                      <TableHead>Cost</TableHead>
                      <TableHead>Latency</TableHead>
                      <TableHead>Output</TableHead>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {rows.map((r, i) => (
                      <TableRow key={r.call_id ?? `${r.created_at}-${i}`}>
                        <TableCell className="text-muted-foreground text-xs whitespace-nowrap">
                          <button
                            type="button"
                            className="hover:text-foreground rounded-sm underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
                            aria-label={`Open call ${r.call_id}`}
                            data-call-id={r.call_id}
                            onClick={() => show({ ...view, call: r.call_id })}
                          >
                            {formatTime(r.created_at)}
                          </button>
                        </TableCell>
                        <TableCell className="font-mono text-xs">
                          {r.prompt_id}@{r.version}
                        </TableCell>
                        <TableCell className="font-mono text-xs">{r.model}</TableCell>
                        <TableCell className="font-mono text-xs">
                          {r.tokens_in}→{r.tokens_out}
                        </TableCell>
                        <TableCell className="font-mono text-xs">{usd(r.cost_usd)}</TableCell>
                        <TableCell className="font-mono text-xs">{ms(r.latency_ms)}</TableCell>
                        <TableCell className="max-w-96 text-xs">
                          {r.error ? <Badge variant="destructive">{r.error}</Badge> : <span className="line-clamp-2">{r.output_text}</span>}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              {log.hasNextPage && (
                <Button variant="outline" className="mt-3" onClick={() => void log.fetchNextPage()} disabled={log.isFetchingNextPage}>
                  Load more
                </Button>
              )}
            </CardContent>
          </Card>
        )}
      </QueryState>
      <CallPanel callId={view.call ?? null} hideExecutionsLink onClose={() => show({ ...view, call: undefined }, true)} />
    </>
  );
}
