import { Loader2 } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { ms, usd } from "@/lib/format";
import type { ModelResult } from "@/lib/api/types";
import { wordDiff } from "@/lib/wordDiff";

/** One column of a comparison: a model's answer for one version (entry "" is the latest version). */
export interface CompareColumn {
  key: string;
  entry: string;
  model: string;
  result?: ModelResult;
  waiting: boolean;
  /** Why the column has no answer when its whole job failed. */
  jobError?: string;
}

export function columnKey(entry: string, model: string): string {
  return `${entry}|${model}`;
}

function title(column: CompareColumn): string {
  return column.entry ? `${column.entry} · ${column.model}` : column.model;
}

/** Columns version × model, each answer diffed word by word against the chosen reference column. */
export function CompareColumns({ columns, reference, onReference }: { columns: CompareColumn[]; reference?: string; onReference: (key: string | undefined) => void }) {
  const ref = columns.find((c) => c.key === reference && c.result && !c.result.error);
  return (
    <div className="grid gap-3">
      {columns.length > 1 && (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <Label htmlFor="diff-reference">Highlight differences against</Label>
          <NativeSelect id="diff-reference" value={reference ?? ""} onChange={(e) => onReference(e.target.value || undefined)} className="w-auto">
            <option value="">no column</option>
            {columns.map((c) => (
              <option key={c.key} value={c.key}>
                {title(c)}
              </option>
            ))}
          </NativeSelect>
        </div>
      )}
      <div className="grid grid-cols-1 gap-4 md:grid-cols-[repeat(var(--cols),minmax(0,1fr))]" style={{ "--cols": Math.min(columns.length, 4) } as React.CSSProperties}>
        {columns.map((column) => (
          <Column key={column.key} column={column} reference={ref && ref.key !== column.key ? ref.result!.output : undefined} isReference={ref?.key === column.key} />
        ))}
      </div>
    </div>
  );
}

function Column({ column, reference, isReference }: { column: CompareColumn; reference?: string; isReference: boolean }) {
  const r = column.result;
  const error = r?.error ?? (!r ? column.jobError : undefined);
  const testId = column.entry ? `column-${column.entry}-${column.model}` : `column-${column.model}`;
  return (
    <Card data-testid={testId} className="min-w-0">
      <CardHeader>
        <CardTitle className="truncate font-mono text-sm" title={title(column)}>
          {title(column)}
          {isReference && <span className="text-muted-foreground ml-2 font-sans text-xs font-normal">reference</span>}
        </CardTitle>
      </CardHeader>
      <CardContent className="grid gap-3">
        {error ? (
          <Alert variant="destructive" data-testid="column-error">
            <AlertTitle>{r ? "This model failed" : "This column did not run"}</AlertTitle>
            <AlertDescription>{error}</AlertDescription>
          </Alert>
        ) : !r ? (
          column.waiting ? (
            <p className="text-muted-foreground flex items-center gap-2 text-sm">
              <Loader2 className="size-4 animate-spin" /> Waiting for the answer…
            </p>
          ) : (
            <p className="text-muted-foreground text-sm">No answer.</p>
          )
        ) : (
          <Output text={r.output} reference={reference} />
        )}
        {r && !r.error && (
          <dl className="text-muted-foreground grid grid-cols-3 gap-1 text-xs">
            <div>
              <dt>Tokens</dt>
              <dd className="text-foreground font-mono" data-testid="tokens">{r.tokens_in}→{r.tokens_out}</dd>
            </div>
            <div>
              <dt>Cost</dt>
              <dd className="text-foreground font-mono" data-testid="cost">{usd(r.cost_usd)}</dd>
            </div>
            <div>
              <dt>Latency</dt>
              <dd className="text-foreground font-mono" data-testid="latency">{ms(r.latency_ms)}</dd>
            </div>
          </dl>
        )}
      </CardContent>
    </Card>
  );
}

function Output({ text, reference }: { text: string; reference?: string }) {
  const parts = reference === undefined ? null : wordDiff(reference, text);
  return (
    <pre className="bg-muted max-h-[28rem] overflow-auto rounded-md p-3 text-sm whitespace-pre-wrap" data-testid={parts ? "diffed-output" : undefined}>
      {parts
        ? parts.map((part, i) =>
            part.kind === "same" ? (
              <span key={i}>{part.text}</span>
            ) : part.kind === "added" ? (
              <ins key={i} className="bg-emerald-200/70 no-underline dark:bg-emerald-900/60" data-diff="added">{part.text}</ins>
            ) : (
              <del key={i} className="bg-red-200/70 dark:bg-red-900/60" data-diff="removed">{part.text}</del>
            ),
          )
        : text}
    </pre>
  );
}
