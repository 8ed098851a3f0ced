import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { inputsText, rowNumber, type GridCell } from "@/lib/batchGrid";
import { ms, usd } from "@/lib/format";

interface Props {
  cells: Map<string, GridCell>;
  rowIndexes: number[];
  models: string[];
  inputOrder: string[];
  /** Opens a cell's call in full. */
  onOpen?: (callId: string) => void;
}

/**
 * Rows × models: each cell is one call's output, cost and latency, or its error; "…" until it answers.
 * A cell with a call id is a button that opens that call. The grid scrolls within its own container on a narrow screen.
 */
export function BatchGrid({ cells, rowIndexes, models, inputOrder, onOpen }: Props) {
  return (
    <Table data-testid="batch-grid" className="min-w-[36rem]">
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
              <TableCell className="text-muted-foreground">{rowNumber(row)}</TableCell>
              <TableCell className="max-w-64 truncate font-mono text-xs">{inputsText(first?.inputs, inputOrder)}</TableCell>
              {models.map((m) => (
                <TableCell key={m} className="max-w-80 p-0 align-top text-xs">
                  <Cell cell={cells.get(`${row}|${m}`)} label={`Row ${rowNumber(row)}, ${m}`} onOpen={onOpen} />
                </TableCell>
              ))}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

function Cell({ cell, label, onOpen }: { cell: GridCell | undefined; label: string; onOpen?: (callId: string) => void }) {
  if (!cell) return <span className="text-muted-foreground block p-2">…</span>;
  const body = cell.error ? (
    <span className="text-destructive">{cell.error}</span>
  ) : (
    <>
      <span className="line-clamp-4 block whitespace-pre-wrap">{cell.output}</span>
      <span className="text-muted-foreground mt-1 block">
        {usd(cell.cost_usd)} · {ms(cell.latency_ms)}
      </span>
    </>
  );
  if (!cell.call_id || !onOpen) return <div className="p-2">{body}</div>;
  return (
    <button
      type="button"
      aria-label={`${label}: open the call`}
      data-call-id={cell.call_id}
      className="hover:bg-muted/60 focus-visible:ring-ring/50 block w-full rounded-sm p-2 text-left outline-none focus-visible:ring-[3px]"
      onClick={() => onOpen(cell.call_id!)}
    >
      {body}
    </button>
  );
}
