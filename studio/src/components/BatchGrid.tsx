import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { BatchResultRow } from "@/lib/api/types";
import { inputsText } from "@/lib/batchGrid";
import { ms, usd } from "@/lib/format";

interface Props {
  cells: Map<string, BatchResultRow>;
  rowIndexes: number[];
  models: string[];
  inputOrder: string[];
}

/** Rows × models: each cell is one call's output, cost and latency, or its error; "…" until it answers. */
export function BatchGrid({ cells, rowIndexes, models, inputOrder }: Props) {
  return (
    <Table data-testid="batch-grid">
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
              <TableCell className="max-w-64 truncate font-mono text-xs">{inputsText(first?.inputs, inputOrder)}</TableCell>
              {models.map((m) => (
                <TableCell key={m} className="max-w-80 text-xs">
                  <Cell cell={cells.get(`${row}|${m}`)} />
                </TableCell>
              ))}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

function Cell({ cell }: { cell: BatchResultRow | undefined }) {
  if (!cell) return <span className="text-muted-foreground">…</span>;
  if (cell.error) return <span className="text-destructive">{cell.error}</span>;
  return (
    <>
      <div className="line-clamp-4 whitespace-pre-wrap">{cell.output}</div>
      <div className="text-muted-foreground mt-1">
        {usd(cell.cost_usd)} · {ms(cell.latency_ms)}
      </div>
    </>
  );
}
