import { useState } from "react";
import { useNavigate } from "react-router";
import { useMutation, useQuery } from "@tanstack/react-query";
import { FlaskConical } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { PageHeader } from "@/components/Layout";
import { ModelPicker } from "@/components/ModelPicker";
import { ErrorState, NotAvailable } from "@/components/States";
import { TemplatePicker } from "@/components/TemplatePicker";
import { RowProblems } from "@/components/experiments/RowProblems";
import { AssertionEditor, EMPTY_ASSERTIONS } from "@/components/experiments/AssertionEditor";
import { VersionPicker } from "@/components/experiments/VersionPicker";
import { errorFor, otherErrors, toRequest, type SetupDraft } from "@/components/experiments/setupForm";
import { ApiError, notAvailable } from "@/lib/api/client";
import { datasetApi, useDatasetVersions } from "@/lib/api/datasets";
import { experimentApi, type ExperimentRequest } from "@/lib/api/experiments";

const START: SetupDraft = { name: "", template: "", versions: [], models: [], samples: "1", dataset: "", datasetVersion: "", passThreshold: "", assertions: EMPTY_ASSERTIONS };

export function ExperimentNewPage() {
  const [draft, setDraft] = useState<SetupDraft>(START);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const navigate = useNavigate();
  const datasets = useQuery({ queryKey: ["datasets", "all"], queryFn: () => datasetApi.list(undefined, 200), retry: false });
  const datasetVersions = useDatasetVersions(draft.dataset);
  const set = (changes: Partial<SetupDraft>) => setDraft((d) => ({ ...d, ...changes }));
  const submit = useMutation<Record<string, unknown>, ApiError, ExperimentRequest>({
    mutationFn: (body) => experimentApi.create(body),
    onSuccess: (created) => navigate(`/experiments/${encodeURIComponent(String(created.experiment_id))}`),
    onError: (error) => setErrors(error.status === 400 ? Object.fromEntries(error.errors.map((e) => [e.field, e.message])) : {}),
  });
  const send = () => {
    const { body, errors: found } = toRequest(draft);
    setErrors(found);
    if (body) submit.mutate(body);
  };
  const fieldError = (field: string) => {
    const message = errorFor(errors, field);
    return message ? <p className="text-destructive text-xs" role="alert">{message}</p> : null;
  };
  const others = otherErrors(errors);

  return (
    <>
      <PageHeader title="New experiment" description="Every row of a dataset version × each template version × each model, scored by the assertions." />
      <Card className="max-w-3xl">
        <CardContent className="grid gap-5">
          <div className="grid gap-1.5">
            <Label htmlFor="experiment-name">Name</Label>
            <Input id="experiment-name" value={draft.name} onChange={(e) => set({ name: e.target.value })} placeholder="capitals-v2" />
            {fieldError("name")}
          </div>
          <div className="grid gap-1">
            <TemplatePicker value={draft.template} onChange={(template) => set({ template, versions: [] })} />
            {fieldError("template")}
          </div>
          {draft.template && <VersionPicker templateId={draft.template} value={draft.versions} onChange={(versions) => set({ versions })} />}
          {fieldError("versions")}
          <div className="grid gap-1">
            <ModelPicker value={draft.models} onChange={(models) => set({ models })} />
            {fieldError("models")}
          </div>
          <div className="grid gap-3 sm:grid-cols-2">
            <div className="grid gap-1.5">
              <Label htmlFor="experiment-dataset">Dataset</Label>
              <NativeSelect id="experiment-dataset" value={draft.dataset} onChange={(e) => set({ dataset: e.target.value, datasetVersion: "" })}>
                <option value="">{datasets.isPending ? "Loading…" : datasets.isError ? "Datasets could not load" : "Choose a dataset"}</option>
                {(datasets.data?.items ?? []).map((d) => <option key={d.name} value={d.name}>{d.name}</option>)}
              </NativeSelect>
              {fieldError("dataset")}
            </div>
            <div className="grid gap-1.5">
              <Label htmlFor="experiment-dataset-version">Dataset version</Label>
              <NativeSelect id="experiment-dataset-version" value={draft.datasetVersion} onChange={(e) => set({ datasetVersion: e.target.value })} disabled={!draft.dataset}>
                <option value="">latest</option>
                {(datasetVersions.data?.items ?? []).map((v) => <option key={String(v.version)} value={String(v.version)}>{String(v.version)} ({v.row_count} rows)</option>)}
              </NativeSelect>
            </div>
            <div className="grid gap-1.5">
              <Label htmlFor="experiment-samples">Samples per row</Label>
              <Input id="experiment-samples" inputMode="numeric" value={draft.samples} onChange={(e) => set({ samples: e.target.value })} />
              {fieldError("samples")}
            </div>
            <div className="grid gap-1.5">
              <Label htmlFor="experiment-threshold">Pass threshold (optional, 0 to 1)</Label>
              <Input id="experiment-threshold" inputMode="decimal" placeholder="every assertion must pass" value={draft.passThreshold} onChange={(e) => set({ passThreshold: e.target.value })} />
              {fieldError("pass_threshold")}
            </div>
          </div>
          <AssertionEditor value={draft.assertions} onChange={(assertions) => set({ assertions })} errors={errors} />
          {others.length > 0 && (
            <ul role="alert" className="text-destructive list-disc pl-4 text-sm">
              {others.map(([k, m]) => <li key={k}><code className="font-mono">{k}</code> {m}</li>)}
            </ul>
          )}
          {submit.isError && (notAvailable(submit.error) && submit.error.status !== 404
            ? <NotAvailable feature="Experiments" route="POST /api/experiments" />
            : submit.error.status === 422 ? <RowProblems error={submit.error} title="Dataset rows do not fit the template" />
              : <ErrorState error={submit.error.status === 400 ? withoutFieldErrors(submit.error) : submit.error} title="The experiment was not started" />)}
          <Button className="w-fit" onClick={send} disabled={submit.isPending}>
            <FlaskConical /> Run the experiment
          </Button>
        </CardContent>
      </Card>
    </>
  );
}

/** The refusal's detail alone: its field errors are shown on the fields they name (or listed above). */
function withoutFieldErrors(error: ApiError): ApiError {
  return new ApiError(error.status, error.detail, [], error.path);
}
