import { GitCompareArrows } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { cellKey, score, type Grid, type GridCell } from "./grid";

/** Rows × (version, model): each cell passed samples as k/n and the mean score; a cell opens its detail. */
export function ResultsGrid({ grid, onOpen, onDiff }: { grid: Grid; onOpen: (cell: GridCell) => void; onDiff: (row: number) => void }) {
  return (
    <div className="max-h-[40rem] overflow-auto rounded-md border">
      <Table aria-label="Results">
        <TableHeader>
          <TableRow>
            <TableHead>Row</TableHead>
            {grid.columns.map((c) => (
              <TableHead key={`${c.version} ${c.model}`}>
                <span className="font-mono text-xs">{c.version}</span> · <span className="font-mono text-xs">{c.model}</span>
              </TableHead>
            ))}
            <TableHead><span className="sr-only">Diff</span></TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {grid.rows.map((row) => (
            <TableRow key={row}>
              <TableCell>{row}</TableCell>
              {grid.columns.map((c) => {
                const cell = grid.cells.get(cellKey(row, c.version, c.model));
                return (
                  <TableCell key={`${c.version} ${c.model}`}>
                    {cell ? <CellButton cell={cell} onOpen={onOpen} /> : <span className="text-muted-foreground text-xs">waiting</span>}
                  </TableCell>
                );
              })}
              <TableCell>
                <Button variant="ghost" size="sm" aria-label={`Diff outputs of row ${row}`} onClick={() => onDiff(row)}>
                  <GitCompareArrows /> Diff
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function CellButton({ cell, onOpen }: { cell: GridCell; onOpen: (cell: GridCell) => void }) {
  const n = cell.samples.length;
  const all = cell.passed === n;
  const label = n === 1 ? (all ? "pass" : "fail") : `${cell.passed}/${n}`;
  return (
    <button type="button" onClick={() => onOpen(cell)} data-testid="result-cell"
      aria-label={`Row ${cell.row}, ${cell.version} ${cell.model}: ${cell.passed} of ${n} passed, score ${score(cell.meanScore)}`}
      className="hover:bg-accent focus-visible:ring-ring/50 inline-flex items-center gap-2 rounded-md px-1.5 py-1 outline-none focus-visible:ring-[3px]">
      <Badge variant={all ? "success" : cell.passed === 0 ? "destructive" : "secondary"}>{label}</Badge>
      <span className="text-xs tabular-nums">{score(cell.meanScore)}</span>
    </button>
  );
}
