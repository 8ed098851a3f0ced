import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ExperimentColumn } from "@/lib/api/experiments";
import { ms, usd } from "@/lib/format";
import { percent, score } from "./grid";

/** Each (version, model) column's aggregates; judge cost is shown apart from the calls' cost. */
export function ColumnAggregates({ columns }: { columns: ExperimentColumn[] }) {
  return (
    <div className="overflow-x-auto">
      <Table aria-label="Column aggregates">
        <TableHeader>
          <TableRow>
            <TableHead>Version</TableHead>
            <TableHead>Model</TableHead>
            <TableHead>Pass rate</TableHead>
            <TableHead>Mean score</TableHead>
            <TableHead>p50 / p95 latency</TableHead>
            <TableHead>Total cost</TableHead>
            <TableHead>Cost per pass</TableHead>
            <TableHead>Judge cost</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {columns.map((c) => (
            <TableRow key={`${c.version} ${c.model}`} data-testid="column-aggregate">
              <TableCell className="font-mono text-xs">{c.version}</TableCell>
              <TableCell className="font-mono text-xs">{c.model}</TableCell>
              <TableCell>
                {percent(c.pass_rate)}
                {c.results != null && <span className="text-muted-foreground text-xs"> ({c.passed ?? 0}/{c.results})</span>}
              </TableCell>
              <TableCell>{score(c.mean_score)}</TableCell>
              <TableCell>{ms(c.p50_latency_ms)} / {ms(c.p95_latency_ms)}</TableCell>
              <TableCell>
                {usd(c.total_cost_usd)}
                {!!c.unpriced_calls && <span className="text-muted-foreground text-xs"> + {c.unpriced_calls} unpriced</span>}
              </TableCell>
              <TableCell>{usd(c.cost_per_pass_usd)}</TableCell>
              <TableCell>{usd(c.judge_cost_usd)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
