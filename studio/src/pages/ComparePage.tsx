import { useCallback, useMemo, useState } from "react";
import { useLocation, useSearchParams } from "react-router";
import { Loader2, Play } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { CompareColumns, columnKey, type CompareColumn } from "@/components/CompareColumns";
import { InputForm } from "@/components/InputForm";
import { PageHeader } from "@/components/Layout";
import { ModelPicker, ParamsFields, toParams } from "@/components/ModelPicker";
import { Empty, ErrorState, Loading, NotAvailable } from "@/components/States";
import { TemplatePicker } from "@/components/TemplatePicker";
import { VersionPicker } from "@/components/VersionPicker";
import { VersionRun, type RunRequest } from "@/components/VersionRun";
import { useTemplate } from "@/lib/api/queries";
import { isApiError } from "@/lib/api/client";
import { readCompareState, writeCompareState, type CompareUrlState } from "@/lib/compareState";
import { fieldsOf, initialValues, toInputs, valuesOf, type FormValues } from "@/lib/inputs";
import { ms, usd } from "@/lib/format";
import type { CompareState } from "@/lib/useCompareRun";

type Runs = Record<string, { state: CompareState; live: string }>;

/**
 * One template (one or more versions) through several models side by side. Everything chosen lives in
 * the address, so a reload or a shared link shows the same comparison ready to run.
 */
export function ComparePage() {
  const [search, setSearch] = useSearchParams();
  const location = useLocation();
  const url = useMemo(() => readCompareState(search), [search]);
  const update = (patch: Partial<CompareUrlState>) => setSearch(writeCompareState({ ...url, ...patch }), { replace: true });
  const template = useTemplate(url.template || undefined);
  const fields = useMemo(() => fieldsOf(template.data?.inputs), [template.data]);
  const carried = (location.state as { inputs?: Record<string, unknown> } | null)?.inputs;
  const [values, setValues] = useState<FormValues>(() => valuesOf(fields, carried ?? url.inputs));
  // The form's values follow the template's fields in the same render, so the inputs restored from the
  // address show up with the fields themselves and never as an empty form first.
  const [valuesFor, setValuesFor] = useState(fields);
  if (valuesFor !== fields) {
    setValuesFor(fields);
    setValues(valuesOf(fields, carried ?? url.inputs));
  }
  const [problems, setProblems] = useState<string[]>([]);
  const [request, setRequest] = useState<RunRequest>();
  const [runs, setRuns] = useState<Runs>({});
  const merged = { ...initialValues(fields), ...values };
  const form = toInputs(fields, merged);
  const entries = url.versions.length ? url.versions : [""];
  const onState = useCallback((entry: string, state: CompareState, live: string) => setRuns((r) => ({ ...r, [entry]: { state, live } })), []);

  const setValue = (name: string, value: string | boolean) => {
    const next = { ...merged, [name]: value };
    setValues(next);
    update({ inputs: toInputs(fields, next).inputs });
  };

  /** Other versions are other columns: the last run's columns go, and nothing runs until Run is pressed. */
  const changeVersions = (versions: string[]) => {
    setRequest(undefined);
    setRuns({});
    update({ versions });
  };

  const start = () => {
    const { params, errors } = toParams(url.params);
    const all = [...errors, ...(url.models.length ? [] : ["choose at least one model"]), ...Object.entries(form.errors).map(([k, v]) => `${k} ${v}`)];
    setProblems(all);
    if (all.length) return;
    setRuns({});
    setRequest({ id: Date.now(), template: url.template, inputs: form.inputs, models: url.models, params });
  };

  const active = entries.map((entry) => ({ entry, run: runs[entry] })).filter((x) => request && x.run && x.run.state.phase !== "idle");
  const busy = active.some((x) => x.run!.state.phase === "running" || x.run!.state.phase === "submitting");
  const columns: CompareColumn[] = active.flatMap(({ entry, run }) =>
    run!.state.columns.map((c) => ({
      key: columnKey(entry, c.model),
      entry: url.versions.length ? entry : "",
      model: c.model,
      result: c.result,
      waiting: run!.state.phase === "running" || run!.state.phase === "submitting",
      jobError: run!.state.phase === "failed" ? errorText(run!.state.error) : undefined,
    })),
  );

  return (
    <>
      <PageHeader title="Compare" description="Run one prompt through several models, and versions, side by side; columns fill in as each model answers." />
      {entries.map((entry) => (
        <VersionRun key={entry} entry={entry} request={request} onState={onState} />
      ))}
      <div className="grid gap-6 lg:grid-cols-[22rem_minmax(0,1fr)]">
        <Card className="h-fit">
          <CardContent className="grid gap-4">
            <TemplatePicker value={url.template} onChange={(id) => setSearch(writeCompareState({ ...url, template: id, versions: [], inputs: {} }), { replace: true })} />
            {url.template && template.isPending && <Loading rows={2} />}
            {template.isError && <ErrorState error={template.error} what={`template ${url.template}`} />}
            {template.data && <VersionPicker templateId={url.template} value={url.versions} onChange={changeVersions} />}
            {template.data && <InputForm fields={fields} values={merged} errors={form.errors} idPrefix="compare" onChange={setValue} />}
            <ModelPicker value={url.models} onChange={(models) => update({ models })} />
            <ParamsFields value={url.params} onChange={(params) => update({ params })} />
            {problems.length > 0 && (
              <ul className="text-destructive list-disc pl-4 text-sm" role="alert">
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            )}
            <Button onClick={start} disabled={!template.data || busy}>
              {busy ? <Loader2 className="animate-spin" /> : <Play />} Run comparison
            </Button>
          </CardContent>
        </Card>
        <div className="grid content-start gap-4">
          {active.length === 0 && <Empty title="Nothing run yet">Choose a template, fill its inputs, pick models (and versions) and press Run.</Empty>}
          {active.some((x) => x.run!.state.phase === "unavailable") && <NotAvailable feature="Comparing models" route="POST /api/jobs" />}
          {active.map(({ entry, run }) => (
            <RunSummary key={entry} entry={url.versions.length ? entry : ""} state={run!.state} live={run!.live} />
          ))}
          {columns.length > 0 && <CompareColumns columns={columns} reference={url.reference} onReference={(reference) => update({ reference })} />}
        </div>
      </div>
    </>
  );
}

function errorText(error: unknown): string | undefined {
  if (error == null) return undefined;
  return isApiError(error) ? error.detail : error instanceof Error ? error.message : String(error);
}

function RunSummary({ entry, state, live }: { entry: string; state: CompareState; live: string }) {
  const { phase, via, jobId, totals } = state;
  return (
    <div className="text-muted-foreground flex flex-wrap items-center gap-3 text-sm" data-testid="compare-summary">
      {entry && <span className="text-foreground font-mono text-xs">{entry}</span>}
      <Badge variant={phase === "done" ? "success" : phase === "failed" ? "destructive" : "secondary"}>{phase}</Badge>
      {jobId && <span className="font-mono text-xs">job {jobId}</span>}
      {via === "websocket" && phase === "running" && live === "open" && <span>live</span>}
      {via === "websocket" && phase === "done" && <span data-testid="compare-via">filled live</span>}
      {via === "polling" && phase === "done" && <span data-testid="compare-via">filled by polling the job</span>}
      {phase === "running" && live === "unavailable" && <span>live updates unavailable: polling the job</span>}
      {via === "sync" && <span>answered in one response (the job API is not available)</span>}
      {phase === "failed" && state.error != null && !state.columns.length && <span className="text-destructive">{errorText(state.error)}</span>}
      {totals && (
        <span>
          {totals.successful_count} ok · {totals.failed_count} failed · {totals.total_tokens_in}→{totals.total_tokens_out} tokens · {usd(totals.total_cost_usd)} · {ms(totals.total_time_ms)}
        </span>
      )}
    </div>
  );
}
