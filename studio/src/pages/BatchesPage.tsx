import { useMemo, useState } from "react";
import { useNavigate } from "react-router";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Calculator, Send, Upload } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { BatchEstimateSummary, LanePicker } from "@/components/BatchLane";
import { BatchRowCheck } from "@/components/BatchRowCheck";
import { PageHeader } from "@/components/Layout";
import { EMPTY_PARAMS, ModelPicker, ParamsFields, toParams } from "@/components/ModelPicker";
import { RecentBatches } from "@/components/RecentBatches";
import { ErrorState, NotAvailable } from "@/components/States";
import { TemplatePicker } from "@/components/TemplatePicker";
import { notAvailable } from "@/lib/api/client";
import { api } from "@/lib/api/endpoints";
import { useTemplate } from "@/lib/api/queries";
import type { BatchLane, BatchUpload } from "@/lib/api/types";
import { detectFormat } from "@/lib/rows";
import { useDebounced } from "@/lib/useDebounced";

/** How long the rows must stay unchanged before the server checks them. */
const CHECK_DELAY_MS = 400;

export function BatchesPage() {
  const [templateId, setTemplateId] = useState("");
  const template = useTemplate(templateId || undefined);
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState<string | undefined>();
  const [models, setModels] = useState<string[]>([]);
  const [paramText, setParamText] = useState(EMPTY_PARAMS);
  const [name, setName] = useState("");
  const [lane, setLane] = useState<BatchLane>("online");
  const [problems, setProblems] = useState<string[]>([]);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const format = detectFormat(text, fileName);
  const wanted = useMemo(() => ({ templateId, text, format }), [templateId, text, format]);
  const settled = useDebounced(wanted, CHECK_DELAY_MS);
  const current = settled.templateId === templateId && settled.text === text;
  const check = useQuery({
    queryKey: ["batch-check", settled.templateId, settled.format, settled.text],
    queryFn: ({ signal }) => api.checkBatch({ template_id: settled.templateId, format: settled.format, text: settled.text }, signal),
    enabled: !!settled.templateId && settled.text.trim() !== "",
    placeholderData: keepPreviousData,
    retry: false,
  });
  const checked = current && !check.isPlaceholderData ? check.data : undefined;
  const submit = useMutation({
    mutationFn: (upload: BatchUpload) => api.submitBatch(upload),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: ["batches"] });
      navigate(`/batches/${encodeURIComponent(created.batch_id)}`);
    },
  });
  const estimate = useMutation({ mutationFn: (upload: BatchUpload) => api.estimateBatch(upload) });
  const rows = checked?.total_rows ?? 0;
  const upload = (params: BatchUpload["params"]): BatchUpload => ({ template_id: templateId, format, text, models, params: { ...params, lane }, name: name.trim() || undefined });
  const estimated = estimate.data && estimate.variables && sameBatch(estimate.variables, upload(toParams(paramText).params)) ? estimate.data : undefined;

  const problemsOf = (errors: string[]) => [
    ...errors,
    ...(templateId ? [] : ["choose a template"]),
    ...(models.length ? [] : ["choose at least one model"]),
    ...(text.trim() ? [] : ["add input rows"]),
    ...(text.trim() && templateId && !checked ? ["wait until the rows are checked"] : []),
    ...(checked && checked.invalid_rows > 0 ? [`fix the ${checked.invalid_rows} invalid row${checked.invalid_rows === 1 ? "" : "s"}`] : []),
  ];

  const send = (what: "submit" | "estimate") => {
    const { params, errors } = toParams(paramText);
    const all = problemsOf(errors);
    setProblems(all);
    if (all.length > 0) return;
    if (what === "submit") submit.mutate(upload(params));
    else estimate.mutate(upload(params));
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setFileName(file.name);
    setText(await file.text());
  };

  return (
    <>
      <PageHeader title="Batches" description="Run a template over many input rows and several models; results fill a grid as they arrive." />
      <div className="grid gap-6 lg:grid-cols-[22rem_minmax(0,1fr)]">
        <Card className="h-fit">
          <CardContent className="grid gap-4">
            <TemplatePicker value={templateId} onChange={setTemplateId} />
            <ModelPicker value={models} onChange={setModels} />
            <ParamsFields value={paramText} onChange={setParamText} />
            <LanePicker value={lane} onChange={setLane} />
            <div className="grid gap-1.5">
              <Label htmlFor="batch-name">Name (optional)</Label>
              <Input id="batch-name" value={name} onChange={(e) => setName(e.target.value)} placeholder="the template and the time" />
            </div>
            {problems.length > 0 && (
              <ul className="text-destructive list-disc pl-4 text-sm" role="alert">
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            )}
            {submit.isError &&
              (notAvailable(submit.error) ? (
                <NotAvailable feature="Batches" route="POST /api/batches" />
              ) : (
                <ErrorState error={submit.error} title="The batch was not submitted" />
              ))}
            {estimate.isError && <ErrorState error={estimate.error} title="The batch could not be estimated" />}
            {estimated && <BatchEstimateSummary estimate={estimated} />}
            <Button variant="outline" onClick={() => send("estimate")} disabled={estimate.isPending}>
              <Calculator /> Estimate cost
            </Button>
            <Button onClick={() => send("submit")} disabled={submit.isPending}>
              <Send /> Submit {rows} row{rows === 1 ? "" : "s"} × {models.length} model{models.length === 1 ? "" : "s"}
            </Button>
          </CardContent>
        </Card>
        <div className="grid content-start gap-4">
          <Card>
            <CardHeader>
              <CardTitle>Input rows</CardTitle>
              <CardDescription>
                Paste CSV (a header line naming the inputs) or JSONL (one JSON object per line), or upload a file. The server
                checks every row against the template's input spec.
              </CardDescription>
            </CardHeader>
            <CardContent className="grid gap-3">
              <div className="flex items-center gap-2">
                <Button variant="outline" size="sm" asChild>
                  <label htmlFor="batch-file" className="cursor-pointer">
                    <Upload /> Upload CSV or JSONL
                  </label>
                </Button>
                <input id="batch-file" type="file" accept=".csv,.jsonl,.ndjson,.json,text/csv" className="sr-only" onChange={(e) => void onFile(e.target.files?.[0])} />
                {fileName && <span className="text-muted-foreground text-xs">{fileName}</span>}
              </div>
              <Textarea
                aria-label="Input rows"
                className="min-h-40 font-mono text-xs"
                placeholder={'name,topic\nAda,engines\n\nor\n\n{"name": "Ada", "topic": "engines"}'}
                value={text}
                onChange={(e) => {
                  setText(e.target.value);
                  setFileName(undefined);
                }}
              />
              {text.trim() !== "" && !templateId && <p className="text-muted-foreground text-sm">Choose a template to check the rows.</p>}
              {current && check.isError && (
                <ErrorState error={check.error} title="The rows cannot be read" />
              )}
              {checked && <BatchRowCheck check={checked} fields={Object.keys(template.data?.inputs ?? {})} format={settled.format} />}
            </CardContent>
          </Card>
          <RecentBatches />
        </div>
      </div>
    </>
  );
}

/** Whether an estimate was made for the batch as the form now stands. */
function sameBatch(a: BatchUpload, b: BatchUpload): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
