import { useState, type ReactNode } from "react";
import { AlertTriangle, Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { CodeEditor, type LineMark } from "@/components/CodeEditor";
import { INPUT_TYPES, type InputType } from "@/lib/api/types";
import { newRow, type Draft, type InputRow } from "@/lib/draft";
import { idField, rowField, templateField, versionField, withInputs } from "@/lib/draftChecks";

interface Props {
  draft: Draft;
  onChange: (draft: Draft) => void;
  idLocked: boolean;
  /** Problems by field (see draftChecks); each shows once its field was left or after a save attempt. */
  errors?: Record<string, string>;
  showAllErrors?: boolean;
  /** Names the text reads but does not declare, and declared inputs it never reads (from the last preview). */
  undeclared?: string[];
  unused?: string[];
  /** Lines of the template to mark, e.g. where the render failed. */
  marks?: LineMark[];
}

/** The template as a form: id, version, description, tags, the Jinja text and the input rows. */
export function DraftEditor({ draft, onChange, idLocked, errors = {}, showAllErrors = false, undeclared = [], unused = [], marks }: Props) {
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const touch = (field: string) => setTouched((old) => (old.has(field) ? old : new Set(old).add(field)));
  const errorOf = (field: string) => (showAllErrors || touched.has(field) ? errors[field] : undefined);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => onChange({ ...draft, [key]: value });
  const setRow = (key: number, patch: Partial<InputRow>) =>
    set("inputs", draft.inputs.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const missing = undeclared.filter((name) => !draft.inputs.some((row) => row.name.trim() === name));

  return (
    <div className="grid gap-4">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-[2fr_1fr]">
        <Field id="draft-id" label="Id" error={errorOf(idField)}>
          <Input id="draft-id" value={draft.id} disabled={idLocked} onBlur={() => touch(idField)} onChange={(e) => set("id", e.target.value)}
            placeholder="summarize-ticket" aria-invalid={!!errorOf(idField)} aria-describedby={errorOf(idField) ? "draft-id-error" : undefined} />
        </Field>
        <Field id="draft-version" label="Version" error={errorOf(versionField)}>
          <Input id="draft-version" value={draft.version} onBlur={() => touch(versionField)} onChange={(e) => set("version", e.target.value)}
            placeholder="1.0.0" aria-invalid={!!errorOf(versionField)} aria-describedby={errorOf(versionField) ? "draft-version-error" : undefined} />
        </Field>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="draft-description">Description</Label>
        <Input id="draft-description" value={draft.description} onChange={(e) => set("description", e.target.value)} />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="draft-tags">Tags (comma separated)</Label>
        <Input id="draft-tags" value={draft.tags} onChange={(e) => set("tags", e.target.value)} placeholder="support, summary" />
      </div>
      <div className="grid gap-1.5" onBlur={() => touch(templateField)}>
        <span className="text-sm font-medium">Template (Jinja)</span>
        <CodeEditor label="template" language="jinja" value={draft.template} onChange={(v) => set("template", v)} minHeight="10rem" marks={marks} />
        {errorOf(templateField) && <p className="text-destructive text-xs" id="draft-template-error">{errorOf(templateField)}</p>}
        {missing.length > 0 && (
          <div role="status" data-testid="undeclared" className="flex flex-wrap items-center gap-1.5 rounded-md border border-amber-500/50 p-2 text-xs">
            <AlertTriangle className="size-3.5 text-amber-600" aria-hidden />
            <span>The text reads names that are not inputs:</span>
            {missing.map((name) => (
              <Button key={name} type="button" size="sm" variant="outline" className="h-6 px-2 font-mono text-xs"
                aria-label={`Add input ${name}`} onClick={() => onChange(withInputs(draft, [name]))}>
                <Plus className="size-3" /> {name}
              </Button>
            ))}
            {missing.length > 1 && (
              <Button type="button" size="sm" variant="ghost" className="h-6 px-2 text-xs" onClick={() => onChange(withInputs(draft, missing))}>
                Add all
              </Button>
            )}
          </div>
        )}
      </div>
      <fieldset className="grid gap-2">
        <legend className="mb-2 text-sm font-medium">Inputs</legend>
        {draft.inputs.length === 0 && <p className="text-muted-foreground text-sm">No inputs: the template uses none.</p>}
        {draft.inputs.map((row, i) => {
          const nameError = errorOf(rowField(row.key, "name"));
          const defaultError = errorOf(rowField(row.key, "default"));
          const isUnused = row.name.trim() !== "" && unused.includes(row.name.trim());
          return (
            <div key={row.key} className="grid gap-1">
              <div className="grid grid-cols-[1fr_7rem] items-center gap-2 sm:grid-cols-[1fr_9rem_auto_1fr_auto]">
                <Input aria-label={`Input ${i + 1} name`} placeholder="name" value={row.name} aria-invalid={!!nameError}
                  onBlur={() => touch(rowField(row.key, "name"))} onChange={(e) => setRow(row.key, { name: e.target.value })} />
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
                <Input aria-label={`Input ${i + 1} default`} placeholder="default (optional)" value={row.defaultText} aria-invalid={!!defaultError}
                  onBlur={() => touch(rowField(row.key, "default"))} onChange={(e) => setRow(row.key, { defaultText: e.target.value })} />
                <Button variant="ghost" size="icon" aria-label={`Remove input ${row.name || i + 1}`} onClick={() => set("inputs", draft.inputs.filter((r) => r.key !== row.key))}>
                  <Trash2 />
                </Button>
              </div>
              {nameError && <p className="text-destructive text-xs">{nameError}</p>}
              {defaultError && <p className="text-destructive text-xs">{defaultError}</p>}
              {isUnused && <p className="text-muted-foreground text-xs" data-testid={`unused-${row.name.trim()}`}>{row.name.trim()} is declared but the text never reads it.</p>}
            </div>
          );
        })}
        <Button variant="outline" size="sm" className="w-fit" onClick={() => set("inputs", [...draft.inputs, newRow()])}>
          <Plus /> Add input
        </Button>
      </fieldset>
    </div>
  );
}

function Field({ id, label, error, children }: { id: string; label: string; error?: string; children: ReactNode }) {
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      {children}
      {error && <p className="text-destructive text-xs" id={`${id}-error`}>{error}</p>}
    </div>
  );
}
