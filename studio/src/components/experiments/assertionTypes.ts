import YAML from "yaml";
import type { AssertionMap } from "@/lib/api/experiments";

export type FieldKind = "text" | "number" | "boolean" | "list" | "json" | { options: string[] };

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  hint?: string;
}

const VALUE_OR_EXPECTED: FieldSpec = { name: "value", kind: "text", hint: "empty: the row's expected output" };
const VALUE: FieldSpec = { name: "value", kind: "text" };
const VALUES: FieldSpec = { name: "values", kind: "list", hint: "one per line" };
const IGNORE_CASE: FieldSpec = { name: "ignore_case", kind: "boolean" };

/** The assertion types and their fields, as the evaluation module reads them (every type also takes `weight`). */
export const ASSERTION_TYPES: Record<string, FieldSpec[]> = {
  equals: [VALUE_OR_EXPECTED, IGNORE_CASE, { name: "trim", kind: "boolean" }],
  contains: [VALUE, VALUES, { name: "match", kind: { options: ["all", "any"] } }],
  icontains: [VALUE, VALUES, { name: "match", kind: { options: ["all", "any"] } }],
  "contains-all": [VALUES],
  "contains-any": [VALUES],
  "icontains-all": [VALUES],
  "icontains-any": [VALUES],
  "not-contains": [VALUE, VALUES],
  "not-icontains": [VALUE, VALUES],
  "starts-with": [VALUE, IGNORE_CASE],
  regex: [{ name: "value", kind: "text", hint: "RE2 syntax" }, IGNORE_CASE],
  "is-json": [],
  "json-schema": [{ name: "value", kind: "json", hint: "a JSON Schema object" }],
  "json-path": [{ name: "path", kind: "text", hint: "$.answer" }, { name: "value", kind: "json", hint: "any JSON value" }],
  length: [{ name: "min", kind: "number" }, { name: "max", kind: "number" }, { name: "unit", kind: { options: ["chars", "words"] } }],
  latency: [{ name: "max_ms", kind: "number" }],
  cost: [{ name: "max_usd", kind: "number" }],
  similar: [VALUE_OR_EXPECTED, { name: "metric", kind: { options: ["rouge-l", "levenshtein"] } }, { name: "threshold", kind: "number", hint: "0.75" }],
  "llm-judge": [
    { name: "rubric", kind: "text" },
    { name: "model", kind: "text" },
    { name: "template", kind: "text", hint: "llm-judge" },
    { name: "version", kind: "text", hint: "latest" },
    { name: "label", kind: "text" },
    { name: "threshold", kind: "number", hint: "0.5" },
  ],
};

export const WEIGHT: FieldSpec = { name: "weight", kind: "number", hint: "1" };

export function fieldsOf(type: string): FieldSpec[] {
  return [...(ASSERTION_TYPES[type] ?? []), WEIGHT];
}

/** One assertion in the list editor: its type and each field as typed (booleans as "true"/""). */
export interface DraftAssertion {
  type: string;
  fields: Record<string, string>;
}

export interface Built {
  assertions: AssertionMap[];
  /** Problems found before sending, keyed as the server names them (`assertions[0].value`). */
  errors: Record<string, string>;
}

/** The list editor's rows as assertion maps; empty fields are left out so the server's defaults apply. */
export function buildAssertions(drafts: DraftAssertion[]): Built {
  const errors: Record<string, string> = {};
  const assertions = drafts.map((draft, i) => {
    const map: AssertionMap = { type: draft.type };
    fieldsOf(draft.type).forEach((field) => {
      const text = (draft.fields[field.name] ?? "").trim();
      if (!text) return;
      const key = `assertions[${i}].${field.name}`;
      if (field.kind === "number") {
        const n = Number(text);
        if (Number.isFinite(n)) map[field.name] = n;
        else errors[key] = "must be a number";
      } else if (field.kind === "boolean") {
        map[field.name] = text === "true";
      } else if (field.kind === "list") {
        map[field.name] = text.split("\n").map((v) => v.trim()).filter(Boolean);
      } else if (field.kind === "json") {
        try {
          map[field.name] = JSON.parse(text);
        } catch {
          errors[key] = "is not valid JSON";
        }
      } else {
        map[field.name] = text;
      }
    });
    return map;
  });
  return { assertions, errors };
}

/** Assertion maps back as list-editor rows; null when one has a field or type the list editor cannot show. */
export function toDrafts(maps: unknown): DraftAssertion[] | null {
  if (!Array.isArray(maps)) return null;
  const drafts: DraftAssertion[] = [];
  for (const m of maps) {
    if (!m || typeof m !== "object" || typeof (m as AssertionMap).type !== "string") return null;
    const { type, ...rest } = m as AssertionMap;
    if (!(type in ASSERTION_TYPES)) return null;
    const specs = fieldsOf(type);
    const fields: Record<string, string> = {};
    for (const [name, value] of Object.entries(rest)) {
      const spec = specs.find((s) => s.name === name);
      if (!spec) return null;
      fields[name] = spec.kind === "list" && Array.isArray(value) ? value.join("\n")
        : spec.kind === "json" ? JSON.stringify(value)
          : String(value);
    }
    drafts.push({ type, fields });
  }
  return drafts;
}

/** The text mode's YAML or JSON list as assertion maps, or the reason it cannot be read. */
export function parseAssertionText(text: string): { assertions: AssertionMap[] } | { error: string } {
  let value: unknown;
  try {
    value = text.trim() ? YAML.parse(text) : [];
  } catch (error) {
    return { error: `not valid YAML or JSON: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}` };
  }
  if (!Array.isArray(value)) return { error: "must be a list of assertions, e.g. - {type: contains, value: Paris}" };
  const bad = value.findIndex((a) => !a || typeof a !== "object" || Array.isArray(a) || typeof (a as AssertionMap).type !== "string");
  if (bad >= 0) return { error: `item ${bad + 1} is not a map with a type` };
  return { assertions: value as AssertionMap[] };
}

export function assertionsAsText(assertions: AssertionMap[]): string {
  return assertions.length ? YAML.stringify(assertions, { collectionStyle: "block" }) : "";
}
