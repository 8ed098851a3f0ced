import { Link, useParams, useSearchParams } from "react-router";
import { useQuery } from "@tanstack/react-query";
import { ArrowLeft } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { PageHeader } from "@/components/Layout";
import { QueryState } from "@/components/States";
import { percent, score } from "@/components/experiments/grid";
import { experimentApi, type ComparedRow, type Side } from "@/lib/api/experiments";

const ORDER = { regressed: 0, improved: 1, only_baseline: 2, only_candidate: 3, unchanged: 4 } as const;
const VARIANT = { regressed: "destructive", improved: "success", unchanged: "secondary", only_baseline: "outline", only_candidate: "outline" } as const;

/** Regressed rows first, then improved, rows on one side only, unchanged; by row number within each. */
export function orderRows(rows: ComparedRow[]): ComparedRow[] {
  return [...rows].sort((a, b) => (ORDER[a.change] ?? 5) - (ORDER[b.change] ?? 5) || a.row - b.row);
}

const sideText = (s: Side | null) => (s ? `${percent(s.pass_share)} passed · score ${score(s.mean_score)}` : "did not run");

export function ExperimentComparePage() {
  const { experimentId = "" } = useParams();
  const [search, setSearch] = useSearchParams();
  const baseline = search.get("baseline") ?? "";
  const experiments = useQuery({ queryKey: ["experiments", "baselines"], queryFn: () => experimentApi.list(undefined, 100), retry: false });
  const comparison = useQuery({
    queryKey: ["experiment-compare", experimentId, baseline],
    queryFn: () => experimentApi.compare(experimentId, baseline),
    enabled: !!baseline,
    retry: false,
  });
  const candidates = (experiments.data?.items ?? []).filter((e) => e.experiment_id !== experimentId);
  const c = comparison.data;
  return (
    <>
      <PageHeader title="Compare with a baseline" description={`Experiment ${experimentId}`}
        actions={<Button variant="outline" asChild><Link to={`/experiments/${encodeURIComponent(experimentId)}`}><ArrowLeft /> Experiment</Link></Button>} />
      <Card className="mb-6">
        <CardContent className="grid max-w-lg gap-1.5">
          <Label htmlFor="baseline">Baseline experiment</Label>
          <NativeSelect id="baseline" value={baseline} onChange={(e) => setSearch(e.target.value ? { baseline: e.target.value } : {})}>
            <option value="">{experiments.isPending ? "Loading…" : "Choose a baseline"}</option>
            {baseline && !candidates.some((e) => e.experiment_id === baseline) && <option value={baseline}>{baseline}</option>}
            {candidates.map((e) => <option key={e.experiment_id} value={e.experiment_id}>{e.name} · {e.status} · {e.experiment_id}</option>)}
          </NativeSelect>
        </CardContent>
      </Card>
      {baseline && (
        <QueryState query={comparison} what="the comparison">
          {c && (
            <Card>
              <CardHeader>
                <CardTitle className="flex flex-wrap gap-3" data-testid="compare-counts">
                  <span className="text-destructive">{c.regressed} regressed</span>
                  <span className="text-success">{c.improved} improved</span>
                  <span className="text-muted-foreground">{c.unchanged} unchanged</span>
                </CardTitle>
              </CardHeader>
              <CardContent className="overflow-x-auto">
                <Table aria-label="Rows compared">
                  <TableHeader>
                    <TableRow><TableHead>Row</TableHead><TableHead>Change</TableHead><TableHead>Baseline</TableHead><TableHead>This experiment</TableHead></TableRow>
                  </TableHeader>
                  <TableBody>
                    {orderRows(c.rows).map((r) => (
                      <TableRow key={r.row}>
                        <TableCell>{r.row}</TableCell>
                        <TableCell><Badge variant={VARIANT[r.change] ?? "outline"}>{r.change.replace("_", " ")}</Badge></TableCell>
                        <TableCell className="text-xs">{sideText(r.baseline)}</TableCell>
                        <TableCell className="text-xs">{sideText(r.candidate)}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </CardContent>
            </Card>
          )}
        </QueryState>
      )}
    </>
  );
}
