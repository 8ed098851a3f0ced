import { useEffect, useRef, useState } from "react";
import { Loader2, Play } from "lucide-react";
import { Button } from "@/components/ui/button";
import { CompareColumns, columnKey, type CompareColumn } from "@/components/CompareColumns";
import { ModelPicker } from "@/components/ModelPicker";
import { isApiError } from "@/lib/api/client";
import type { DraftDocument } from "@/lib/api/draftRender";
import { useCompareRun } from "@/lib/useCompareRun";

interface Props {
  /** The unsaved draft; undefined while it cannot be read. */
  template: DraftDocument | undefined;
  inputs: Record<string, unknown>;
  /** Why the draft cannot run now (inputs missing), or undefined when it can. */
  blocked?: string;
  /** Changes when the editor asks to run on the models now (Ctrl/Cmd+Shift+Enter). */
  runToken: number;
}

/**
 * Runs the unsaved draft on the chosen models as one compare job (the gateway takes the draft in
 * place of a template id) and shows a column per model as its answer arrives; a failed column says why.
 */
export function DraftRun({ template, inputs, blocked, runToken }: Props) {
  const [models, setModels] = useState<string[]>([]);
  const [reference, setReference] = useState<string>();
  const { state, run } = useCompareRun();
  const busy = state.phase === "submitting" || state.phase === "running";
  const why = !template ? "Fix the draft first" : blocked ?? (models.length === 0 ? "Pick at least one model" : undefined);

  const start = () => {
    if (why || busy || !template) return;
    void run(template, inputs, models, {});
  };
  const latest = useRef(start);
  latest.current = start;
  const lastToken = useRef(runToken);
  useEffect(() => {
    if (runToken !== lastToken.current) {
      lastToken.current = runToken;
      latest.current();
    }
  }, [runToken]);

  const columns: CompareColumn[] = state.columns.map((c) => ({
    key: columnKey("", c.model),
    entry: "",
    model: c.model,
    result: c.result,
    waiting: busy,
    jobError: state.phase === "failed" || state.phase === "unavailable" ? errorText(state.error) : undefined,
  }));

  return (
    <section className="grid gap-3" aria-label="Run on models" data-testid="draft-run">
      <ModelPicker value={models} onChange={setModels} />
      <div className="flex flex-wrap items-center gap-2">
        <Button onClick={start} disabled={why !== undefined || busy} title={why ?? "Ctrl/⌘+Shift+Enter"}>
          {busy ? <Loader2 className="animate-spin" /> : <Play />} Run on models
        </Button>
        {why && <span className="text-muted-foreground text-xs">{why}</span>}
        {state.jobId && <span className="text-muted-foreground font-mono text-xs" data-testid="draft-run-job">job {state.jobId}</span>}
      </div>
      {columns.length > 0 && <CompareColumns columns={columns} reference={reference} onReference={setReference} />}
    </section>
  );
}

function errorText(error: unknown): string {
  if (error == null) return "The job failed.";
  return isApiError(error) ? error.detail : error instanceof Error ? error.message : String(error);
}
