import { useQuery } from "@tanstack/react-query";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ErrorState } from "@/components/States";
import { notAvailable } from "@/lib/api/client";
import { api } from "@/lib/api/endpoints";
import { ms, usd } from "@/lib/format";
import { rangeText, usageSummary } from "@/lib/stats";

const COLORS = ["var(--chart-1)", "var(--chart-2)", "var(--chart-3)", "var(--chart-4)", "var(--chart-5)"];
const TICK = { style: { fill: "var(--muted-foreground)" } };
const TOOLTIP = { contentStyle: { background: "var(--popover)", color: "var(--popover-foreground)", borderColor: "var(--border)" } };

/** Cost and latency per model over every call in [since, until), from the server's aggregates (`GET /api/stats`). */
export function UsageCharts({ since, until }: { since?: string; until?: string }) {
  const stats = useQuery({ queryKey: ["stats", "model", since ?? "", until ?? ""], queryFn: () => api.stats("model", { since, until }) });
  if (stats.isPending) return null;
  if (stats.isError) return notAvailable(stats.error) ? null : <ErrorState error={stats.error} what="the statistics" />;
  const summary = usageSummary(stats.data.groups);
  const range = rangeText(since, until);
  return (
    <div className="grid gap-6 xl:grid-cols-2" data-testid="usage-charts">
      <Card>
        <CardHeader>
          <CardTitle>Cost per model</CardTitle>
          <CardDescription>
            {summary.calls} calls {range}, every template: {usd(summary.cost)}.
          </CardDescription>
        </CardHeader>
        <CardContent className="h-64">
          {summary.empty ? (
            <Note testId="stats-empty">No calls {range}.</Note>
          ) : summary.cost === 0 ? (
            <Note testId="cost-all-zero">All {summary.calls} calls {range} cost $0 (echo, failures, or models without a price): nothing to chart.</Note>
          ) : (
            <div className="h-full" data-testid="cost-chart">
              <ResponsiveContainer width="100%" height="100%">
                <BarChart data={summary.costs}>
                  <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--border)" />
                  <XAxis dataKey="model" fontSize={12} tick={TICK} />
                  <YAxis fontSize={12} tick={TICK} tickFormatter={(v: number) => `$${v}`} />
                  <Tooltip formatter={(v) => usd(Number(v))} {...TOOLTIP} />
                  <Bar dataKey="cost" name="cost (USD)" fill={COLORS[0]} isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            </div>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Latency percentiles per model</CardTitle>
          <CardDescription>p50, p95 and p99 {range}; {summary.errors} of {summary.calls} calls failed.</CardDescription>
        </CardHeader>
        <CardContent className="h-64">
          {summary.empty ? (
            <Note testId="latency-empty">No calls {range}.</Note>
          ) : summary.allFailed ? (
            <Note testId="latency-all-failed">All {summary.calls} calls {range} failed: no answer latency to chart.</Note>
          ) : (
            <div className="h-full" data-testid="latency-chart">
              <ResponsiveContainer width="100%" height="100%">
                <BarChart data={summary.latencies}>
                  <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--border)" />
                  <XAxis dataKey="model" fontSize={12} tick={TICK} />
                  <YAxis fontSize={12} tick={TICK} unit=" ms" />
                  <Tooltip formatter={(v) => ms(Number(v))} {...TOOLTIP} />
                  <Legend />
                  <Bar dataKey="p50" fill={COLORS[1]} isAnimationActive={false} />
                  <Bar dataKey="p95" fill={COLORS[3]} isAnimationActive={false} />
                  <Bar dataKey="p99" fill={COLORS[0]} isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            </div>
          )}
        </CardContent>
      </Card>
    </div>
  );
}

function Note({ testId, children }: { testId: string; children: React.ReactNode }) {
  return (
    <p className="text-muted-foreground flex h-full items-center justify-center text-center text-sm" data-testid={testId}>
      {children}
    </p>
  );
}
