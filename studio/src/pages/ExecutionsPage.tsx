import { useState } from "react";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { Filter } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { PageHeader } from "@/components/Layout";
import { Empty, QueryState } from "@/components/States";
import { api } from "@/lib/api/endpoints";
import type { ExecutionFilter } from "@/lib/api/types";
import { formatTime, ms, usd } from "@/lib/format";
import { costPerModelPerDay, latencyPerModel } from "@/lib/stats";

const COLORS = ["var(--chart-1)", "var(--chart-2)", "var(--chart-3)", "var(--chart-4)", "var(--chart-5)"];
const FILTERS: { key: keyof ExecutionFilter; label: string; placeholder: string }[] = [
  { key: "template_id", label: "Template", placeholder: "greeting" },
  { key: "model", label: "Model", placeholder: "echo" },
  { key: "job_id", label: "Job", placeholder: "job id" },
  { key: "batch_id", label: "Batch", placeholder: "batch id" },
  { key: "since", label: "Since", placeholder: "2026-11-01" },
];

export function ExecutionsPage() {
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [filter, setFilter] = useState<ExecutionFilter>({});
  const log = useInfiniteQuery({
    queryKey: ["executions", filter],
    queryFn: ({ pageParam }) => api.executions({ ...filter, limit: 200, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });
  const rows = log.data?.pages.flatMap((p) => p.items) ?? [];
  const cost = costPerModelPerDay(rows);
  const latency = latencyPerModel(rows);

  return (
    <>
      <PageHeader title="Executions" description="Every model call, with its cost and latency." />
      <form
        className="mb-6 flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          setFilter(Object.fromEntries(Object.entries(draft).filter(([, v]) => v.trim()).map(([k, v]) => [k, v.trim()])));
        }}
      >
        {FILTERS.map((f) => (
          <div key={f.key} className="grid gap-1.5">
            <Label htmlFor={`filter-${f.key}`}>{f.label}</Label>
            <Input id={`filter-${f.key}`} className="w-40" placeholder={f.placeholder} value={draft[f.key] ?? ""} onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })} />
          </div>
        ))}
        <Button type="submit">
          <Filter /> Apply
        </Button>
      </form>
      <QueryState query={log} what="the execution log" feature="The execution log" route="GET /api/executions">
        {rows.length === 0 ? (
          <Empty title="No calls logged yet">Run a comparison or a batch: each model call shows up here with its cost and latency.</Empty>
        ) : (
          <div className="grid gap-6">
            <div className="grid gap-6 xl:grid-cols-2">
              <Card>
                <CardHeader>
                  <CardTitle>Cost per model per day</CardTitle>
                  <CardDescription>Over the {rows.length} calls loaded below.</CardDescription>
                </CardHeader>
                <CardContent className="h-64">
                  {cost.total === 0 ? (
                    <p className="text-muted-foreground flex h-full items-center justify-center text-center text-sm" data-testid="cost-all-zero">
                      All {rows.length} calls loaded cost $0 (echo, or models without a price): nothing to chart.
                    </p>
                  ) : (
                    <div className="h-full" data-testid="cost-chart">
                      <ResponsiveContainer width="100%" height="100%">
                        <BarChart data={cost.days}>
                          <CartesianGrid strokeDasharray="3 3" vertical={false} />
                          <XAxis dataKey="day" fontSize={12} />
                          <YAxis fontSize={12} tickFormatter={(v: number) => `$${v}`} />
                          <Tooltip formatter={(v) => usd(Number(v))} />
                          <Legend />
                          {cost.models.map((m, i) => (
                            <Bar key={m} dataKey={m} stackId="cost" fill={COLORS[i % COLORS.length]} isAnimationActive={false} />
                          ))}
                        </BarChart>
                      </ResponsiveContainer>
                    </div>
                  )}
                </CardContent>
              </Card>
              <Card>
                <CardHeader>
                  <CardTitle>Latency percentiles per model</CardTitle>
                  <CardDescription>p50, p90 and p99 of the successful calls loaded below.</CardDescription>
                </CardHeader>
                <CardContent className="h-64">
                  <ResponsiveContainer width="100%" height="100%">
                    <BarChart data={latency}>
                      <CartesianGrid strokeDasharray="3 3" vertical={false} />
                      <XAxis dataKey="model" fontSize={12} />
                      <YAxis fontSize={12} unit=" ms" />
                      <Tooltip formatter={(v) => ms(Number(v))} />
                      <Legend />
                      <Bar dataKey="p50" fill={COLORS[1]} isAnimationActive={false} />
                      <Bar dataKey="p90" fill={COLORS[3]} isAnimationActive={false} />
                      <Bar dataKey="p99" fill={COLORS[0]} isAnimationActive={false} />
                    </BarChart>
                  </ResponsiveContainer>
                </CardContent>
              </Card>
            </div>
            <Card>
              <CardContent>
                <Table>
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
                        <TableCell className="text-muted-foreground whitespace-nowrap text-xs">{formatTime(r.created_at)}</TableCell>
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
          </div>
        )}
      </QueryState>
    </>
  );
}
