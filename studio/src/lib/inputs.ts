import type { InputSpec, InputType } from "@/lib/api/types";

/** One field of the input form generated from a template's input spec. */
export interface InputField {
  name: string;
  type: InputType;
  required: boolean;
  defaultValue: unknown;
  description?: string | null;
}

/** What the form holds for each field: text for most types, a flag for booleans. */
export type FormValues = Record<string, string | boolean>;

export interface FormResult {
  inputs: Record<string, unknown>;
  errors: Record<string, string>;
}

export function fieldsOf(spec: Record<string, InputSpec> | null | undefined): InputField[] {
  return Object.entries(spec ?? {}).map(([name, input]) => ({
    name,
    type: input.type,
    required: input.required,
    defaultValue: input.default,
    description: input.description,
  }));
}

/** The form's starting values: each input's default, shown in the widget its type calls for. */
export function initialValues(fields: InputField[]): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    values[field.name] = displayValue(field.type, field.defaultValue);
  }
  return values;
}

function displayValue(type: InputType, value: unknown): string | boolean {
  if (type === "boolean") {
    return value === true;
  }
  if (value === null || value === undefined) {
    return "";
  }
  if (type === "array<string>") {
    return Array.isArray(value) ? value.map(String).join("\n") : String(value);
  }
  if (type === "object") {
    return JSON.stringify(value, null, 2);
  }
  return String(value);
}

/**
 * Turns form values into request inputs. An empty field is left out, so the server applies its
 * default; an empty required field without a default is an error, as are a number that does not
 * parse and an object field that is not a JSON object.
 */
export function toInputs(fields: InputField[], values: FormValues): FormResult {
  const inputs: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const raw = values[field.name];
    if (field.type === "boolean") {
      inputs[field.name] = raw === true;
      continue;
    }
    const text = typeof raw === "string" ? raw : "";
    if (text.trim() === "") {
      if (field.required && (field.defaultValue === null || field.defaultValue === undefined)) {
        errors[field.name] = "is required";
      }
      continue;
    }
    const parsed = parseField(field.type, text);
    if ("error" in parsed) {
      errors[field.name] = parsed.error;
    } else {
      inputs[field.name] = parsed.value;
    }
  }
  return { inputs, errors };
}

function parseField(type: InputType, text: string): { value: unknown } | { error: string } {
  switch (type) {
    case "number": {
      const value = Number(text.trim());
      return Number.isFinite(value) ? { value } : { error: `expected a number, got '${text}'` };
    }
    case "array<string>":
      return { value: text.split("\n").map((line) => line.trim()).filter((line) => line !== "") };
    case "object":
      try {
        const value: unknown = JSON.parse(text);
        return typeof value === "object" && value !== null && !Array.isArray(value)
          ? { value }
          : { error: "expected a JSON object such as {\"key\": \"value\"}" };
      } catch {
        return { error: "is not valid JSON: write an object such as {\"key\": \"value\"}" };
      }
    default:
      return { value: text };
  }
}

/** The form's values for given inputs (e.g. carried over from another screen); inputs it does not declare are dropped. */
export function valuesOf(fields: InputField[], inputs: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    if (field.name in inputs) values[field.name] = displayValue(field.type, inputs[field.name]);
  }
  return values;
}
