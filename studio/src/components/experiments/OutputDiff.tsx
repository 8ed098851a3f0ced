import { useState } from "react";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import type { ExperimentResult } from "@/lib/api/experiments";
import { wordDiff } from "./grid";

const labelOf = (r: ExperimentResult) => `${r.version} · ${r.model} · sample ${r.sample}`;

/** Word-level difference between two outputs of one row, chosen among its cells' samples. */
export function OutputDiff({ row, outputs, onClose }: { row: number | null; outputs: ExperimentResult[]; onClose: () => void }) {
  return (
    <Dialog open={row != null} onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-3xl">
        <DialogHeader>
          <DialogTitle>Row {row}: compare two outputs</DialogTitle>
          <DialogDescription>Removed words are struck through, added words underlined.</DialogDescription>
        </DialogHeader>
        {row != null && <DiffBody key={row} outputs={outputs} />}
      </DialogContent>
    </Dialog>
  );
}

function DiffBody({ outputs }: { outputs: ExperimentResult[] }) {
  const [left, setLeft] = useState(0);
  const [right, setRight] = useState(Math.min(1, outputs.length - 1));
  if (outputs.length < 2) return <p className="text-muted-foreground text-sm">This row has fewer than two outputs so far.</p>;
  const parts = wordDiff(outputs[left]?.output ?? "", outputs[right]?.output ?? "");
  const picker = (id: string, label: string, value: number, set: (n: number) => void) => (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <NativeSelect id={id} value={value} onChange={(e) => set(Number(e.target.value))}>
        {outputs.map((o, i) => <option key={i} value={i}>{labelOf(o)}</option>)}
      </NativeSelect>
    </div>
  );
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-2">
        {picker("diff-left", "From", left, setLeft)}
        {picker("diff-right", "To", right, setRight)}
      </div>
      <pre className="bg-muted max-h-96 overflow-auto rounded p-2 text-xs whitespace-pre-wrap" data-testid="word-diff">
        {parts.map((p, i) =>
          p.kind === "added" ? <ins key={i} className="bg-green-100 text-green-900">{p.text}</ins>
            : p.kind === "removed" ? <del key={i} className="bg-red-100 text-red-900">{p.text}</del>
              : <span key={i}>{p.text}</span>,
        )}
      </pre>
    </>
  );
}
