import { useState } from "react";
import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { ASSERTION_TYPES, assertionsAsText, buildAssertions, fieldsOf, parseAssertionText, toDrafts, type DraftAssertion, type FieldSpec } from "./assertionTypes";

export interface AssertionDraft {
  mode: "list" | "text";
  drafts: DraftAssertion[];
  text: string;
}

export const EMPTY_ASSERTIONS: AssertionDraft = { mode: "list", drafts: [{ type: "contains", fields: {} }], text: "" };

/**
 * The experiment's assertions: a list with a type picker and that type's fields, or the same list as
 * YAML or JSON text. `errors` are keyed as the server names fields (`assertions[1].threshold`).
 */
export function AssertionEditor({ value, onChange, errors }: { value: AssertionDraft; onChange: (v: AssertionDraft) => void; errors: Record<string, string> }) {
  const [switchError, setSwitchError] = useState("");
  const setDraft = (i: number, draft: DraftAssertion) => onChange({ ...value, drafts: value.drafts.map((d, j) => (j === i ? draft : d)) });
  const toText = () => {
    setSwitchError("");
    onChange({ ...value, mode: "text", text: assertionsAsText(buildAssertions(value.drafts).assertions) });
  };
  const toList = () => {
    const parsed = parseAssertionText(value.text);
    const drafts = "assertions" in parsed ? toDrafts(parsed.assertions) : null;
    if (!drafts) {
      setSwitchError("error" in parsed ? parsed.error : "the list editor cannot show every field of this text: edit it here");
      return;
    }
    setSwitchError("");
    onChange({ ...value, mode: "list", drafts });
  };
  const listErrors = Object.entries(errors).filter(([k]) => k === "assertions" || (value.mode === "text" && k.startsWith("assertions")));
  return (
    <fieldset className="grid gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <legend className="text-sm font-medium">Assertions</legend>
        <div role="group" aria-label="Assertion editor mode" className="flex gap-1">
          <Button type="button" size="sm" variant={value.mode === "list" ? "secondary" : "ghost"} aria-pressed={value.mode === "list"} onClick={toList}>
            List
          </Button>
          <Button type="button" size="sm" variant={value.mode === "text" ? "secondary" : "ghost"} aria-pressed={value.mode === "text"} onClick={toText}>
            YAML / JSON
          </Button>
        </div>
      </div>
      {switchError && <p role="alert" className="text-destructive text-sm">{switchError}</p>}
      {value.mode === "text" ? (
        <Textarea
          aria-label="Assertions as YAML or JSON"
          className="min-h-40 font-mono text-xs"
          placeholder={"- {type: icontains, value: Paris}\n- {type: latency, max_ms: 2000}"}
          value={value.text}
          onChange={(e) => onChange({ ...value, text: e.target.value })}
        />
      ) : (
        <ol className="grid gap-3">
          {value.drafts.map((draft, i) => (
            <AssertionRow key={i} index={i} draft={draft} errors={errors} onChange={(d) => setDraft(i, d)}
              onRemove={() => onChange({ ...value, drafts: value.drafts.filter((_, j) => j !== i) })} />
          ))}
        </ol>
      )}
      {listErrors.length > 0 && (
        <ul role="alert" className="text-destructive list-disc pl-4 text-sm">
          {listErrors.map(([k, m]) => (
            <li key={k}>
              <code className="font-mono">{k}</code> {m}
            </li>
          ))}
        </ul>
      )}
      {value.mode === "list" && (
        <Button type="button" variant="outline" size="sm" className="w-fit" onClick={() => onChange({ ...value, drafts: [...value.drafts, { type: "contains", fields: {} }] })}>
          <Plus /> Add an assertion
        </Button>
      )}
    </fieldset>
  );
}

function AssertionRow({ index, draft, errors, onChange, onRemove }: {
  index: number; draft: DraftAssertion; errors: Record<string, string>; onChange: (d: DraftAssertion) => void; onRemove: () => void;
}) {
  const prefix = `assertions[${index}]`;
  const known = new Set(fieldsOf(draft.type).map((f) => f.name));
  const rowErrors = Object.entries(errors).filter(([k]) => k === prefix || (k.startsWith(`${prefix}.`) && !known.has(k.slice(prefix.length + 1))));
  return (
    <li className="grid gap-2 rounded-md border p-3" aria-label={`Assertion ${index + 1}`}>
      <div className="flex items-end gap-2">
        <div className="grid flex-1 gap-1.5">
          <Label htmlFor={`${prefix}-type`}>Type</Label>
          <NativeSelect id={`${prefix}-type`} value={draft.type} onChange={(e) => onChange({ type: e.target.value, fields: {} })}>
            {Object.keys(ASSERTION_TYPES).map((t) => (
              <option key={t} value={t}>{t}</option>
            ))}
          </NativeSelect>
        </div>
        <Button type="button" variant="ghost" size="icon" aria-label={`Remove assertion ${index + 1}`} onClick={onRemove}>
          <Trash2 />
        </Button>
      </div>
      <div className="grid gap-2 sm:grid-cols-2">
        {fieldsOf(draft.type).map((field) => (
          <FieldInput key={field.name} id={`${prefix}.${field.name}`} field={field} value={draft.fields[field.name] ?? ""} error={errors[`${prefix}.${field.name}`]}
            onChange={(v) => onChange({ ...draft, fields: { ...draft.fields, [field.name]: v } })} />
        ))}
      </div>
      {rowErrors.map(([k, m]) => (
        <p key={k} role="alert" className="text-destructive text-xs">{k.slice(prefix.length + 1) || "assertion"}: {m}</p>
      ))}
    </li>
  );
}

function FieldInput({ id, field, value, error, onChange }: { id: string; field: FieldSpec; value: string; error?: string; onChange: (v: string) => void }) {
  const errorId = `${id}-error`;
  const common = { id, "aria-invalid": !!error, "aria-describedby": error ? errorId : undefined };
  let control;
  if (field.kind === "boolean") {
    return (
      <Label className="font-normal">
        <Checkbox aria-label={field.name} checked={value === "true"} onCheckedChange={(c) => onChange(c === true ? "true" : "")} />
        <span className="font-mono text-xs">{field.name}</span>
      </Label>
    );
  } else if (typeof field.kind === "object") {
    control = (
      <NativeSelect {...common} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">default</option>
        {field.kind.options.map((o) => <option key={o} value={o}>{o}</option>)}
      </NativeSelect>
    );
  } else if (field.kind === "list" || field.kind === "json" || field.name === "rubric") {
    control = <Textarea {...common} className="min-h-16 font-mono text-xs" placeholder={field.hint} value={value} onChange={(e) => onChange(e.target.value)} />;
  } else {
    control = <Input {...common} inputMode={field.kind === "number" ? "decimal" : undefined} placeholder={field.hint} value={value} onChange={(e) => onChange(e.target.value)} />;
  }
  return (
    <div className="grid gap-1">
      <Label htmlFor={id} className="font-mono text-xs">{field.name}</Label>
      {control}
      {error && <p id={errorId} className="text-destructive text-xs">{error}</p>}
    </div>
  );
}
