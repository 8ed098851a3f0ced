import { Badge } from "@/components/ui/badge";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ExperimentResult } from "@/lib/api/experiments";
import { ms, usd } from "@/lib/format";
import { score, type GridCell } from "./grid";

const show = (v: unknown) => (v == null ? "" : typeof v === "string" ? v : JSON.stringify(v, null, 2));

/** One cell in full: the row's inputs and expected output, then each sample's output and assertions. */
export function CellDetail({ cell, onClose }: { cell: GridCell | null; onClose: () => void }) {
  const first = cell?.samples[0];
  return (
    <Dialog open={!!cell} onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-3xl">
        {cell && (
          <>
            <DialogHeader>
              <DialogTitle>Row {cell.row} · {cell.version} · {cell.model}</DialogTitle>
              <DialogDescription>{cell.passed}/{cell.samples.length} samples passed · mean score {score(cell.meanScore)}</DialogDescription>
            </DialogHeader>
            <section className="grid gap-1">
              <h3 className="text-sm font-medium">Inputs</h3>
              <pre className="bg-muted max-h-40 overflow-auto rounded p-2 text-xs whitespace-pre-wrap">{show(first?.inputs)}</pre>
              <h3 className="text-sm font-medium">Expected</h3>
              <pre className="bg-muted max-h-40 overflow-auto rounded p-2 text-xs whitespace-pre-wrap">{show(first?.expected) || "(none)"}</pre>
            </section>
            {cell.samples.map((s) => <Sample key={s.sample} result={s} count={cell.samples.length} />)}
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}

function Sample({ result, count }: { result: ExperimentResult; count: number }) {
  return (
    <section className="grid gap-2 border-t pt-3" aria-label={`Sample ${result.sample}`}>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        {count > 1 && <span className="font-medium">Sample {result.sample}</span>}
        <Badge variant={result.passed ? "success" : "destructive"}>{result.passed ? "passed" : "failed"}</Badge>
        <span>score {score(result.score)}</span>
        <span className="text-muted-foreground">
          {result.tokens_in ?? 0}→{result.tokens_out ?? 0} tokens · {usd(result.cost_usd)} · judge {usd(result.judge_cost_usd)} · {ms(result.latency_ms)}
        </span>
      </div>
      {result.error && <p className="text-destructive text-sm">{result.error}</p>}
      <pre className="bg-muted max-h-60 overflow-auto rounded p-2 text-xs whitespace-pre-wrap" data-testid="cell-output">{result.output ?? ""}</pre>
      <Table aria-label="Assertions">
        <TableHeader>
          <TableRow><TableHead>Assertion</TableHead><TableHead>Result</TableHead><TableHead>Score</TableHead><TableHead>Reason</TableHead></TableRow>
        </TableHeader>
        <TableBody>
          {(result.assertions ?? []).map((a, i) => (
            <TableRow key={i}>
              <TableCell className="font-mono text-xs">{a.type}{a.weight != null && a.weight !== 1 ? ` ×${a.weight}` : ""}</TableCell>
              <TableCell><Badge variant={a.passed ? "success" : "destructive"}>{a.passed ? "pass" : "fail"}</Badge></TableCell>
              <TableCell>{score(a.score)}</TableCell>
              <TableCell className="text-xs whitespace-normal">{a.reason ?? ""}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
