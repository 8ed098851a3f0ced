import { parse, stringify } from "yaml";
import type { InputType, Template, TemplateDraft } from "@/lib/api/types";

/** A template being written in the form: inputs as ordered rows so they can be renamed freely. */
export interface InputRow {
  key: number;
  name: string;
  type: InputType;
  required: boolean;
  defaultText: string;
}

export interface Draft {
  id: string;
  version: string;
  description: string;
  template: string;
  inputs: InputRow[];
  tags: string;
  metadata: Record<string, unknown>;
}

let nextKey = 1;

export function newRow(name = ""): InputRow {
  return { key: nextKey++, name, type: "string", required: true, defaultText: "" };
}

export function emptyDraft(): Draft {
  return {
    id: "",
    version: "1.0.0",
    description: "",
    template: "Hello {{ name }}!",
    inputs: [newRow("name")],
    tags: "",
    metadata: {},
  };
}

export function draftOf(template: Template): Draft {
  const { tags, ...rest } = template.metadata ?? {};
  return {
    id: template.id,
    version: template.version,
    description: template.description ?? "",
    template: template.template,
    inputs: Object.entries(template.inputs ?? {}).map(([name, spec]) => ({
      key: nextKey++,
      name,
      type: spec.type,
      required: spec.required,
      defaultText: spec.default === null || spec.default === undefined ? "" : defaultToText(spec.default),
    })),
    tags: Array.isArray(tags) ? tags.join(", ") : "",
    metadata: rest,
  };
}

function defaultToText(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

export interface DraftCheck {
  template?: TemplateDraft;
  errors: string[];
}

/** The request body for the draft, or the problems that must be fixed first. */
export function toTemplate(draft: Draft): DraftCheck {
  const errors: string[] = [];
  if (!draft.id.trim()) errors.push("id is required");
  if (!draft.template.trim()) errors.push("template text is required");
  const inputs: TemplateDraft["inputs"] = {};
  const seen = new Set<string>();
  for (const row of draft.inputs) {
    const name = row.name.trim();
    if (!name) {
      errors.push("every input needs a name");
      continue;
    }
    if (seen.has(name)) errors.push(`input ${name} is declared twice`);
    seen.add(name);
    const parsed = parseDefault(row.type, row.defaultText);
    if ("error" in parsed) errors.push(`input ${name}: default ${parsed.error}`);
    inputs[name] = { type: row.type, required: row.required, default: "value" in parsed ? parsed.value : null };
  }
  const tags = draft.tags.split(",").map((t) => t.trim()).filter(Boolean);
  const metadata = { ...draft.metadata, ...(tags.length ? { tags } : {}) };
  if (errors.length) return { errors };
  return {
    errors,
    template: {
      id: draft.id.trim(),
      version: draft.version.trim() || "1.0.0",
      description: draft.description.trim() || null,
      template: draft.template,
      inputs,
      metadata,
    },
  };
}

function parseDefault(type: InputType, text: string): { value: unknown } | { error: string } {
  if (text.trim() === "") return { value: null };
  switch (type) {
    case "string":
      return { value: text };
    case "number":
      return Number.isFinite(Number(text)) ? { value: Number(text) } : { error: "must be a number" };
    case "boolean":
      if (/^(true|false)$/i.test(text.trim())) return { value: text.trim().toLowerCase() === "true" };
      return { error: "must be true or false" };
    case "array<string>": {
      const value = tryJson(text);
      if (Array.isArray(value) && value.every((v) => typeof v === "string")) return { value };
      return { value: text.split(",").map((t) => t.trim()).filter(Boolean) };
    }
    case "object": {
      const value = tryJson(text);
      return typeof value === "object" && value !== null && !Array.isArray(value)
        ? { value }
        : { error: "must be a JSON object" };
    }
  }
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The template file format: the same fields as the API, as YAML. */
export function toYaml(template: Partial<Template>): string {
  const ordered: Record<string, unknown> = {
    id: template.id,
    version: template.version,
    description: template.description ?? undefined,
    template: template.template,
    inputs: template.inputs,
    metadata: template.metadata && Object.keys(template.metadata).length ? template.metadata : undefined,
  };
  Object.keys(ordered).forEach((k) => ordered[k] === undefined && delete ordered[k]);
  return stringify(ordered, { lineWidth: 0, blockQuote: "literal" });
}

export function fromYaml(text: string): { template?: TemplateDraft; error?: string } {
  try {
    const value: unknown = parse(text);
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      return { error: "The YAML must be a mapping with id, template, inputs…" };
    }
    const doc = value as Record<string, unknown>;
    if (typeof doc.id !== "string" || typeof doc.template !== "string") {
      return { error: "The YAML needs an id and a template (both text)." };
    }
    return { template: doc as unknown as TemplateDraft };
  } catch (error) {
    return { error: `The YAML does not parse: ${(error as Error).message}` };
  }
}
