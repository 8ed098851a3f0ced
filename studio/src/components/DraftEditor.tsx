import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { CodeEditor } from "@/components/CodeEditor";
import { INPUT_TYPES, type InputType } from "@/lib/api/types";
import { newRow, type Draft, type InputRow } from "@/lib/draft";

interface Props {
  draft: Draft;
  onChange: (draft: Draft) => void;
  idLocked: boolean;
}

/** The template as a form: id, version, description, tags, the Jinja text and the input rows. */
export function DraftEditor({ draft, onChange, idLocked }: Props) {
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => onChange({ ...draft, [key]: value });
  const setRow = (key: number, patch: Partial<InputRow>) =>
    set("inputs", draft.inputs.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  return (
    <div className="grid gap-4">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-[2fr_1fr]">
        <div className="grid gap-1.5">
          <Label htmlFor="draft-id">Id</Label>
          <Input id="draft-id" value={draft.id} disabled={idLocked} onChange={(e) => set("id", e.target.value)} placeholder="summarize-ticket" />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="draft-version">Version</Label>
          <Input id="draft-version" value={draft.version} onChange={(e) => set("version", e.target.value)} placeholder="1.0.0" />
        </div>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="draft-description">Description</Label>
        <Input id="draft-description" value={draft.description} onChange={(e) => set("description", e.target.value)} />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="draft-tags">Tags (comma separated)</Label>
        <Input id="draft-tags" value={draft.tags} onChange={(e) => set("tags", e.target.value)} placeholder="support, summary" />
      </div>
      <div className="grid gap-1.5">
        <span className="text-sm font-medium">Template (Jinja)</span>
        <CodeEditor label="template" language="jinja" value={draft.template} onChange={(v) => set("template", v)} minHeight="10rem" />
      </div>
      <fieldset className="grid gap-2">
        <legend className="mb-2 text-sm font-medium">Inputs</legend>
        {draft.inputs.length === 0 && <p className="text-muted-foreground text-sm">No inputs: the template uses none.</p>}
        {draft.inputs.map((row, i) => (
          <div key={row.key} className="grid grid-cols-[1fr_9rem_auto_1fr_auto] items-center gap-2">
            <Input aria-label={`Input ${i + 1} name`} placeholder="name" value={row.name} onChange={(e) => setRow(row.key, { name: e.target.value })} />
            <NativeSelect aria-label={`Input ${i + 1} type`} value={row.type} onChange={(e) => setRow(row.key, { type: e.target.value as InputType })}>
              {INPUT_TYPES.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </NativeSelect>
            <Label className="text-xs font-normal">
              <Checkbox checked={row.required} onCheckedChange={(c) => setRow(row.key, { required: c === true })} aria-label={`Input ${i + 1} required`} />
              required
            </Label>
            <Input aria-label={`Input ${i + 1} default`} placeholder="default (optional)" value={row.defaultText} onChange={(e) => setRow(row.key, { defaultText: e.target.value })} />
            <Button variant="ghost" size="icon" aria-label={`Remove input ${row.name || i + 1}`} onClick={() => set("inputs", draft.inputs.filter((r) => r.key !== row.key))}>
              <Trash2 />
            </Button>
          </div>
        ))}
        <Button variant="outline" size="sm" className="w-fit" onClick={() => set("inputs", [...draft.inputs, newRow()])}>
          <Plus /> Add input
        </Button>
      </fieldset>
    </div>
  );
}
