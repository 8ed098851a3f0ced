import { useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { Loader2, Play } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { InputForm } from "@/components/InputForm";
import { PageHeader } from "@/components/Layout";
import { EMPTY_PARAMS, ModelPicker, ParamsFields, toParams } from "@/components/ModelPicker";
import { Empty, ErrorState, Loading, NotAvailable } from "@/components/States";
import { TemplatePicker } from "@/components/TemplatePicker";
import { useTemplate } from "@/lib/api/queries";
import { fieldsOf, initialValues, toInputs, type FormValues } from "@/lib/inputs";
import { ms, usd } from "@/lib/format";
import { useCompareRun, type Column } from "@/lib/useCompareRun";

export function ComparePage() {
  const [search, setSearch] = useSearchParams();
  const templateId = search.get("template") ?? "";
  const template = useTemplate(templateId || undefined);
  const fields = useMemo(() => fieldsOf(template.data?.inputs), [template.data]);
  const [values, setValues] = useState<FormValues>({});
  const [models, setModels] = useState<string[]>([]);
  const [paramText, setParamText] = useState(EMPTY_PARAMS);
  const [problems, setProblems] = useState<string[]>([]);
  const { state, live, run } = useCompareRun();
  const merged = { ...initialValues(fields), ...values };
  const form = toInputs(fields, merged);

  const start = () => {
    const { params, errors } = toParams(paramText);
    const all = [...errors, ...(models.length ? [] : ["choose at least one model"]), ...Object.entries(form.errors).map(([k, v]) => `${k} ${v}`)];
    setProblems(all);
    if (all.length === 0) void run(templateId, form.inputs, models, params);
  };

  return (
    <>
      <PageHeader title="Compare" description="Run one prompt through several models side by side; columns fill in as each model answers." />
      <div className="grid gap-6 lg:grid-cols-[22rem_minmax(0,1fr)]">
        <Card className="h-fit">
          <CardContent className="grid gap-4">
            <TemplatePicker value={templateId} onChange={(id) => setSearch(id ? { template: id } : {})} />
            {templateId && template.isPending && <Loading rows={2} />}
            {template.isError && <ErrorState error={template.error} what={`template ${templateId}`} />}
            {template.data && (
              <InputForm fields={fields} values={merged} errors={form.errors} idPrefix="compare" onChange={(name, value) => setValues((v) => ({ ...v, [name]: value }))} />
            )}
            <ModelPicker value={models} onChange={setModels} />
            <ParamsFields value={paramText} onChange={setParamText} />
            {problems.length > 0 && (
              <ul className="text-destructive list-disc pl-4 text-sm" role="alert">
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            )}
            <Button onClick={start} disabled={!template.data || state.phase === "submitting" || state.phase === "running"}>
              {state.phase === "running" || state.phase === "submitting" ? <Loader2 className="animate-spin" /> : <Play />} Run comparison
            </Button>
          </CardContent>
        </Card>
        <div className="grid content-start gap-4">
          {state.phase === "idle" && (
            <Empty title="Nothing run yet">Choose a template, fill its inputs, pick two or more models and press Run.</Empty>
          )}
          {state.phase === "unavailable" && <NotAvailable feature="Comparing models" route="POST /api/jobs" />}
          {state.phase === "failed" && state.error != null && <ErrorState error={state.error} title="The comparison failed" />}
          {state.columns.length > 0 && state.phase !== "unavailable" && (
            <>
              <RunSummary phase={state.phase} via={state.via} live={live} jobId={state.jobId} totals={state.totals} />
              <div className="grid gap-4" style={{ gridTemplateColumns: `repeat(${Math.min(state.columns.length, 4)}, minmax(0, 1fr))` }}>
                {state.columns.map((column) => (
                  <ModelColumn key={column.model} column={column} waiting={state.phase === "running" || state.phase === "submitting"} />
                ))}
              </div>
            </>
          )}
        </div>
      </div>
    </>
  );
}

function RunSummary({ phase, via, live, jobId, totals }: { phase: string; via?: string; live: string; jobId?: string; totals?: { total_cost_usd: number; total_tokens_in: number; total_tokens_out: number; total_time_ms: number; successful_count: number; failed_count: number } }) {
  return (
    <div className="text-muted-foreground flex flex-wrap items-center gap-3 text-sm" data-testid="compare-summary">
      <Badge variant={phase === "done" ? "success" : phase === "failed" ? "destructive" : "secondary"}>{phase}</Badge>
      {jobId && <span className="font-mono text-xs">job {jobId}</span>}
      {via === "websocket" && phase === "running" && live === "open" && <span>live</span>}
      {via === "websocket" && phase === "done" && <span data-testid="compare-via">filled live</span>}
      {via === "polling" && phase === "done" && <span data-testid="compare-via">filled by polling the job</span>}
      {phase === "running" && live === "unavailable" && <span>live updates unavailable: polling the job</span>}
      {via === "sync" && <span>answered in one response (the job API is not available)</span>}
      {totals && (
        <span>
          {totals.successful_count} ok · {totals.failed_count} failed · {totals.total_tokens_in}→{totals.total_tokens_out} tokens · {usd(totals.total_cost_usd)} · {ms(totals.total_time_ms)}
        </span>
      )}
    </div>
  );
}

function ModelColumn({ column, waiting }: { column: Column; waiting: boolean }) {
  const r = column.result;
  return (
    <Card data-testid={`column-${column.model}`} className="min-w-0">
      <CardHeader>
        <CardTitle className="truncate font-mono text-sm" title={column.model}>
          {column.model}
        </CardTitle>
      </CardHeader>
      <CardContent className="grid gap-3">
        {!r ? (
          waiting ? (
            <p className="text-muted-foreground flex items-center gap-2 text-sm">
              <Loader2 className="size-4 animate-spin" /> Waiting for the answer…
            </p>
          ) : (
            <p className="text-muted-foreground text-sm">No answer.</p>
          )
        ) : r.error ? (
          <Alert variant="destructive">
            <AlertTitle>This model failed</AlertTitle>
            <AlertDescription>{r.error}</AlertDescription>
          </Alert>
        ) : (
          <pre className="bg-muted max-h-[28rem] overflow-auto rounded-md p-3 text-sm whitespace-pre-wrap">{r.output}</pre>
        )}
        {r && (
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
