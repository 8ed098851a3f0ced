import { useMemo, useState } from "react";
import { Link, useNavigate } from "react-router";
import { useMutation } from "@tanstack/react-query";
import { Send, Upload } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { PageHeader } from "@/components/Layout";
import { EMPTY_PARAMS, ModelPicker, ParamsFields, toParams } from "@/components/ModelPicker";
import { ErrorState, NotAvailable } from "@/components/States";
import { TemplatePicker } from "@/components/TemplatePicker";
import { notAvailable } from "@/lib/api/client";
import { api } from "@/lib/api/endpoints";
import { useTemplate } from "@/lib/api/queries";
import type { BatchRequest } from "@/lib/api/types";
import { formatTime } from "@/lib/format";
import { recentBatches, rememberBatch } from "@/lib/recentBatches";
import { checkRows, parseRows } from "@/lib/rows";
import { cn } from "@/lib/utils";

const PREVIEW_ROWS = 200;

export function BatchesPage() {
  const [templateId, setTemplateId] = useState("");
  const template = useTemplate(templateId || undefined);
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState<string | undefined>();
  const [models, setModels] = useState<string[]>([]);
  const [paramText, setParamText] = useState(EMPTY_PARAMS);
  const [name, setName] = useState("");
  const [problems, setProblems] = useState<string[]>([]);
  const navigate = useNavigate();
  const spec = template.data?.inputs ?? {};
  const parsed = useMemo(() => (text.trim() ? parseRows(text, fileName) : null), [text, fileName]);
  const checked = useMemo(() => (parsed ? checkRows(spec, parsed.rows) : []), [parsed, spec]);
  const valid = checked.filter((r) => r.errors.length === 0);
  const invalid = checked.length - valid.length;
  const submit = useMutation({
    mutationFn: (batch: BatchRequest) => api.submitBatch(batch),
    onSuccess: (created, batch) => {
      rememberBatch({ batch_id: created.batch_id, template_id: batch.template_id, name: batch.name, rows: batch.inputs.length, models: batch.models, created_at: new Date().toISOString() });
      navigate(`/batches/${encodeURIComponent(created.batch_id)}`);
    },
  });

  const send = () => {
    const { params, errors } = toParams(paramText);
    const all = [
      ...errors,
      ...(templateId ? [] : ["choose a template"]),
      ...(models.length ? [] : ["choose at least one model"]),
      ...(valid.length ? [] : ["add at least one valid row"]),
    ];
    setProblems(all);
    if (all.length === 0) {
      submit.mutate({ template_id: templateId, models, inputs: valid.map((r) => r.inputs), params, name: name.trim() || undefined });
    }
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
            <div className="grid gap-1.5">
              <Label htmlFor="batch-name">Name (optional)</Label>
              <Input id="batch-name" value={name} onChange={(e) => setName(e.target.value)} />
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
            <Button onClick={send} disabled={submit.isPending}>
              <Send /> Submit {valid.length} row{valid.length === 1 ? "" : "s"} × {models.length} model{models.length === 1 ? "" : "s"}
            </Button>
          </CardContent>
        </Card>
        <div className="grid content-start gap-4">
          <Card>
            <CardHeader>
              <CardTitle>Input rows</CardTitle>
              <CardDescription>Paste CSV (a header line naming the inputs) or JSONL (one JSON object per line), or upload a file.</CardDescription>
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
              {parsed && (
                <RowPreview
                  fields={Object.keys(spec)}
                  checked={checked}
                  format={parsed.format}
                  lineErrors={parsed.lineErrors}
                  invalid={invalid}
                  templateChosen={!!template.data}
                />
              )}
            </CardContent>
          </Card>
          <RecentBatches />
        </div>
      </div>
    </>
  );
}

function RowPreview({ fields, checked, format, lineErrors, invalid, templateChosen }: {
  fields: string[];
  checked: ReturnType<typeof checkRows>;
  format: string;
  lineErrors: { line: number; message: string }[];
  invalid: number;
  templateChosen: boolean;
}) {
  return (
    <div className="grid gap-2" data-testid="row-preview">
      <p className="text-sm">
        {checked.length} row{checked.length === 1 ? "" : "s"} read as {format.toUpperCase()}
        {templateChosen ? (
          invalid > 0 ? (
            <span className="text-destructive"> · {invalid} invalid, left out of the batch</span>
          ) : (
            <span className="text-success"> · all valid</span>
          )
        ) : (
          <span className="text-muted-foreground"> · choose a template to check them</span>
        )}
      </p>
      {lineErrors.map((e) => (
        <p key={e.line} className="text-destructive text-xs">
          Line {e.line} {e.message}
        </p>
      ))}
      <div className="max-h-96 overflow-auto rounded-md border">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>#</TableHead>
              {fields.map((f) => (
                <TableHead key={f} className="font-mono">
                  {f}
                </TableHead>
              ))}
              <TableHead>Check</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {checked.slice(0, PREVIEW_ROWS).map((row) => (
              <TableRow key={row.index} className={cn(row.errors.length > 0 && "bg-red-50")} aria-invalid={row.errors.length > 0}>
                <TableCell className="text-muted-foreground">{row.index + 1}</TableCell>
                {fields.map((f) => (
                  <TableCell key={f} className="max-w-48 truncate font-mono text-xs">
                    {row.inputs[f] === undefined ? "" : typeof row.inputs[f] === "string" ? (row.inputs[f] as string) : JSON.stringify(row.inputs[f])}
                  </TableCell>
                ))}
                <TableCell className="text-xs">
                  {row.errors.length ? <span className="text-destructive">{row.errors.join("; ")}</span> : <Badge variant="success">ok</Badge>}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {checked.length > PREVIEW_ROWS && <p className="text-muted-foreground text-xs">Showing the first {PREVIEW_ROWS} rows.</p>}
    </div>
  );
}

function RecentBatches() {
  const batches = recentBatches();
  if (batches.length === 0) return null;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Recent batches</CardTitle>
        <CardDescription>Submitted from this browser.</CardDescription>
      </CardHeader>
      <CardContent>
        <ul className="grid gap-1 text-sm">
          {batches.map((b) => (
            <li key={b.batch_id}>
              <Link className="font-mono hover:underline" to={`/batches/${encodeURIComponent(b.batch_id)}`}>
                {b.name || b.batch_id}
              </Link>{" "}
              <span className="text-muted-foreground text-xs">
                {b.template_id} · {b.rows} rows × {b.models.length} models · {formatTime(b.created_at)}
              </span>
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
