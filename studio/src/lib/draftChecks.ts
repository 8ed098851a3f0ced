import { newRow, toTemplate, type Draft } from "@/lib/draft";
import type { DraftDocument } from "@/lib/api/draftRender";

/** Field keys of the draft form, for errors and "touched" state. */
export const idField = "id";
export const versionField = "version";
export const templateField = "template";
export const rowField = (key: number, part: "name" | "default") => `input-${key}-${part}`;

const VERSION = /^\d+\.\d+\.\d+$/;

/** Each problem of the draft by the field it belongs to; the form shows one once its field is touched or on save. */
export function fieldErrors(draft: Draft, isNew: boolean): Record<string, string> {
  const errors: Record<string, string> = {};
  if (isNew && !draft.id.trim()) errors[idField] = "An id is required.";
  else if (isNew && !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(draft.id.trim())) errors[idField] = "Use letters, digits, '.', '_' and '-'.";
  if (draft.version.trim() && !VERSION.test(draft.version.trim())) errors[versionField] = "Use a version like 1.0.0.";
  if (!draft.template.trim()) errors[templateField] = "The template text is required.";
  const seen = new Set<string>();
  for (const row of draft.inputs) {
    const name = row.name.trim();
    if (!name) errors[rowField(row.key, "name")] = "Name the input.";
    else if (seen.has(name)) errors[rowField(row.key, "name")] = `${name} is declared twice.`;
    else if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) errors[rowField(row.key, "name")] = "Use a name the template can read (letters, digits, _).";
    seen.add(name);
  }
  const checked = toTemplate({ ...draft, id: draft.id.trim() || "draft" });
  for (const row of draft.inputs) {
    const name = row.name.trim();
    const problem = checked.errors.find((e) => e.startsWith(`input ${name}: default`));
    if (name && problem) errors[rowField(row.key, "default")] = `Default ${problem.slice(`input ${name}: default `.length)}.`;
  }
  return errors;
}

/**
 * The draft as POST /api/render takes it, previewable before it has an id; undefined while an input
 * row cannot be read (no name, a duplicate, a bad default), which the form points at instead.
 */
export function previewDocument(draft: Draft): DraftDocument | undefined {
  const checked = toTemplate({ ...draft, id: draft.id.trim() || "draft", template: draft.template.trim() ? draft.template : " " });
  if (!checked.template) return undefined;
  const { id: _id, ...rest } = checked.template;
  void _id;
  return draft.id.trim() ? { ...rest, id: draft.id.trim() } : rest;
}

/** The draft with a string input row added for each name it does not declare yet. */
export function withInputs(draft: Draft, names: string[]): Draft {
  const declared = new Set(draft.inputs.map((row) => row.name.trim()));
  const added = names.filter((name) => !declared.has(name)).map((name) => newRow(name));
  return added.length ? { ...draft, inputs: [...draft.inputs, ...added] } : draft;
}
