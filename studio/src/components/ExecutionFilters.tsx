import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { Filter } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { api, itemsOf } from "@/lib/api/endpoints";
import { useModels, useTemplateIds } from "@/lib/api/queries";
import { checkRange } from "@/lib/stats";
import type { ExecutionView } from "@/lib/urlState";

const STATUSES = ["succeeded", "failed", "cancelled"];

interface Props {
  view: ExecutionView;
  /** Models of the calls loaded: offered too, since a model can be called by name without being listed. */
  seenModels?: string[];
  onApply: (view: ExecutionView) => void;
}

/**
 * Pickers for template, model, status and batch (values from the server's lists, plus the one in the URL
 * when the list lacks it), the job id and a since/until range checked before it is applied; every filter
 * is applied by the server.
 */
export function ExecutionFilters({ view, seenModels = [], onApply }: Props) {
  const [draft, setDraft] = useState<ExecutionView>(view);
  const [rangeError, setRangeError] = useState<string | null>(null);
  const templates = useTemplateIds();
  const models = useModels();
  const batches = useQuery({ queryKey: ["batches", "picker"], queryFn: () => api.listBatches({ limit: 100 }), retry: false });
  const set = (key: keyof ExecutionView, value: string) => setDraft({ ...draft, [key]: value });
  const modelNames = Array.from(new Set([...itemsOf(models.data).map((m) => m.model), ...seenModels])).sort();
  const batchOptions = (batches.data?.items ?? []).map((b) => ({ value: b.batch_id ?? "", label: b.name ? `${b.name} (${b.batch_id})` : b.batch_id ?? "" }));

  return (
    <form
      className="mb-6 grid grid-cols-1 items-end gap-3 sm:grid-cols-2 lg:flex lg:flex-wrap"
      aria-label="Filters"
      onSubmit={(e) => {
        e.preventDefault();
        const range = checkRange(draft.since ?? "", draft.until ?? "");
        setRangeError(range.error ?? null);
        if (!range.error) onApply({ ...draft, since: range.since, until: range.until, call: undefined });
      }}
    >
      <Picker id="template_id" label="Template" value={draft.template_id} onChange={set} options={(templates.data ?? []).map((t) => ({ value: t, label: t }))} />
      <Picker id="model" label="Model" value={draft.model} onChange={set} options={modelNames.map((m) => ({ value: m, label: m }))} />
      <Picker id="status" label="Status" value={draft.status} onChange={set} options={STATUSES.map((s) => ({ value: s, label: s }))} />
      <Picker id="batch_id" label="Batch" value={draft.batch_id} onChange={set} options={batchOptions} />
      <div className="grid gap-1.5">
        <Label htmlFor="filter-job_id">Job</Label>
        <Input id="filter-job_id" className="lg:w-44" placeholder="job id" value={draft.job_id ?? ""} onChange={(e) => set("job_id", e.target.value)} />
      </div>
      <RangeEnd id="since" label="Since" placeholder="2026-11-01" value={draft.since} error={rangeError} onChange={set} />
      <RangeEnd id="until" label="Until" placeholder="2026-12-01" value={draft.until} error={rangeError} onChange={set} />
      <Button type="submit">
        <Filter /> Apply
      </Button>
      {rangeError && (
        <p id="filter-range-error" role="alert" className="text-destructive text-sm sm:col-span-2 lg:basis-full">
          {rangeError}
        </p>
      )}
    </form>
  );
}

interface PickerProps {
  id: keyof ExecutionView;
  label: string;
  value: string | undefined;
  onChange: (key: keyof ExecutionView, value: string) => void;
  options: { value: string; label: string }[];
}

function Picker({ id, label, value, onChange, options }: PickerProps) {
  const all = value && !options.some((o) => o.value === value) ? [{ value, label: value }, ...options] : options;
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={`filter-${id}`}>{label}</Label>
      <NativeSelect id={`filter-${id}`} className="lg:w-48" value={value ?? ""} onChange={(e) => onChange(id, e.target.value)}>
        <option value="">All</option>
        {all.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}

interface RangeEndProps {
  id: "since" | "until";
  label: string;
  placeholder: string;
  value: string | undefined;
  error: string | null;
  onChange: (key: keyof ExecutionView, value: string) => void;
}

function RangeEnd({ id, label, placeholder, value, error, onChange }: RangeEndProps) {
  const invalid = !!error && error.toLowerCase().includes(id);
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={`filter-${id}`}>{label}</Label>
      <Input
        id={`filter-${id}`}
        className="lg:w-44"
        placeholder={placeholder}
        value={value ?? ""}
        aria-invalid={invalid}
        aria-describedby={invalid ? "filter-range-error" : undefined}
        onChange={(e) => onChange(id, e.target.value)}
      />
    </div>
  );
}
