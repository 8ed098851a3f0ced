import { useState } from "react";
import { useNavigate } from "react-router";
import { Upload } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { NotAvailable } from "@/components/States";
import { TemplatePicker } from "@/components/TemplatePicker";
import { RowProblems } from "@/components/experiments/RowProblems";
import { notAvailable } from "@/lib/api/client";
import { datasetFormat, useUploadDataset } from "@/lib/api/datasets";

/**
 * Uploads a CSV, JSONL or JSON file (or pasted text) as the next version of a dataset, optionally
 * checked against a template's inputs. `fixedName` uploads to that dataset.
 */
export function DatasetUpload({ fixedName }: { fixedName?: string }) {
  const [name, setName] = useState(fixedName ?? "");
  const [templateId, setTemplateId] = useState("");
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState<string | undefined>();
  const [problem, setProblem] = useState("");
  const upload = useUploadDataset();
  const navigate = useNavigate();
  const format = datasetFormat(fileName, text);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setFileName(file.name);
    setText(await file.text());
  };
  const send = () => {
    const missing = !name.trim() ? "name the dataset" : !text.trim() ? "choose a file or paste rows" : "";
    setProblem(missing);
    if (missing) return;
    upload.mutate(
      { name: name.trim(), format, text, templateId: templateId || undefined },
      { onSuccess: (created) => !fixedName && navigate(`/datasets/${encodeURIComponent(created.name)}`) },
    );
  };

  return (
    <Card>
      <CardHeader>
        <CardTitle>{fixedName ? "Upload a new version" : "Upload a dataset"}</CardTitle>
        <CardDescription>
          CSV (a header row; <code>__expected</code> and <code>__meta.&lt;key&gt;</code> columns), JSONL or a JSON array of
          {" "}<code>{"{inputs, expected, metadata}"}</code> rows. Every upload becomes the next version.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        {!fixedName && (
          <div className="grid gap-1.5">
            <Label htmlFor="dataset-name">Dataset name</Label>
            <Input id="dataset-name" value={name} onChange={(e) => setName(e.target.value)} placeholder="capitals" />
          </div>
        )}
        <TemplatePicker value={templateId} onChange={setTemplateId} />
        <p className="text-muted-foreground -mt-2 text-xs">Optional: with a template, every row's inputs are checked against it.</p>
        <div className="flex items-center gap-2">
          <Button variant="outline" size="sm" asChild>
            <label htmlFor="dataset-file" className="cursor-pointer">
              <Upload /> Choose a file
            </label>
          </Button>
          <input id="dataset-file" type="file" accept=".csv,.jsonl,.ndjson,.json" className="sr-only" onChange={(e) => void onFile(e.target.files?.[0])} />
          <span className="text-muted-foreground text-xs">{fileName ? `${fileName} · ` : ""}{text.trim() ? format.toUpperCase() : ""}</span>
        </div>
        <Textarea aria-label="Dataset rows" className="min-h-32 font-mono text-xs" placeholder={"country,__expected\nFrance,Paris"} value={text}
          onChange={(e) => { setText(e.target.value); setFileName(undefined); }} />
        {problem && <p role="alert" className="text-destructive text-sm">{problem}</p>}
        {upload.isError && (notAvailable(upload.error) && upload.error.status !== 404
          ? <NotAvailable feature="Datasets" route="POST /api/datasets/{name}/versions" />
          : <RowProblems error={upload.error} title="The dataset was not stored" />)}
        {upload.isSuccess && fixedName && (
          <p role="status" className="text-success text-sm">Stored as version {String(upload.data.version)} ({upload.data.row_count} rows).</p>
        )}
        <Button onClick={send} disabled={upload.isPending} className="w-fit">
          <Upload /> Upload
        </Button>
      </CardContent>
    </Card>
  );
}
