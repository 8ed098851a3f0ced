import type { InputSpec, InputType } from "@/lib/api/types";

/** Input rows pasted or uploaded for a batch, and their check against the template's input spec. */

export interface ParsedRows {
  format: "csv" | "jsonl";
  rows: Record<string, unknown>[];
  /** Problems that stop a line from becoming a row at all, by 1-based line number. */
  lineErrors: { line: number; message: string }[];
}

export interface CheckedRow {
  index: number;
  inputs: Record<string, unknown>;
  errors: string[];
}

/** JSONL when the first non-blank character opens an object, CSV otherwise; a file name can say so too. */
export function detectFormat(text: string, fileName?: string): "csv" | "jsonl" {
  if (fileName) {
    const lower = fileName.toLowerCase();
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) {
      return "jsonl";
    }
    if (lower.endsWith(".csv")) {
      return "csv";
    }
  }
  return text.trimStart().startsWith("{") ? "jsonl" : "csv";
}

export function parseRows(text: string, fileName?: string): ParsedRows {
  return detectFormat(text, fileName) === "jsonl" ? parseJsonl(text) : parseCsv(text);
}

export function parseJsonl(text: string): ParsedRows {
  const rows: Record<string, unknown>[] = [];
  const lineErrors: ParsedRows["lineErrors"] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") {
      return;
    }
    try {
      const value: unknown = JSON.parse(line);
      if (typeof value === "object" && value !== null && !Array.isArray(value)) {
        rows.push(value as Record<string, unknown>);
      } else {
        lineErrors.push({ line: i + 1, message: "is not a JSON object" });
      }
    } catch {
      lineErrors.push({ line: i + 1, message: "is not valid JSON" });
    }
  });
  return { format: "jsonl", rows, lineErrors };
}

/** RFC 4180 CSV: a header line, quoted fields with "" for a quote, commas and newlines inside quotes. */
export function parseCsv(text: string): ParsedRows {
  const records = csvRecords(text);
  const lineErrors: ParsedRows["lineErrors"] = [];
  if (records.length === 0) {
    return { format: "csv", rows: [], lineErrors };
  }
  const header = records[0].fields.map((name) => name.trim());
  const rows: Record<string, unknown>[] = [];
  for (const record of records.slice(1)) {
    if (record.fields.length === 1 && record.fields[0] === "") {
      continue;
    }
    if (record.fields.length !== header.length) {
      lineErrors.push({
        line: record.line,
        message: `has ${record.fields.length} fields where the header has ${header.length}`,
      });
      continue;
    }
    const row: Record<string, unknown> = {};
    header.forEach((name, i) => {
      row[name] = record.fields[i];
    });
    rows.push(row);
  }
  if (records.unterminated) {
    lineErrors.push({ line: records.unterminated, message: "opens a quoted field that never closes" });
  }
  return { format: "csv", rows, lineErrors };
}

type CsvRecords = { fields: string[]; line: number }[] & { unterminated?: number };

function csvRecords(text: string): CsvRecords {
  const records: CsvRecords = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === "\n") line++;
        field += c;
      }
    } else if (c === '"' && field === "") {
      quoted = true;
      quoteLine = line;
    } else if (c === ",") {
      fields.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      fields.push(field);
      records.push({ fields, line: recordLine });
      fields = [];
      field = "";
      line++;
      recordLine = line;
    } else {
      field += c;
    }
  }
  if (quoted) {
    records.unterminated = quoteLine;
  }
  if (field !== "" || fields.length > 0) {
    fields.push(field);
    records.push({ fields, line: recordLine });
  }
  return records;
}

const TRUE_WORDS = new Set(["1", "true", "yes", "y"]);

/**
 * Checks each row against the input spec with the server's rules: missing required inputs without a
 * default, numbers that do not parse, objects that are not objects. CSV cells are text, so an empty
 * cell counts as missing and a cell holding JSON is read as JSON for lists and objects.
 */
export function checkRows(spec: Record<string, InputSpec>, rows: Record<string, unknown>[]): CheckedRow[] {
  return rows.map((row, index) => {
    const inputs: Record<string, unknown> = {};
    const errors: string[] = [];
    for (const [name, input] of Object.entries(spec)) {
      const raw = row[name];
      if (raw === undefined || raw === null || raw === "") {
        if (input.required && (input.default === null || input.default === undefined)) {
          errors.push(`${name} is required`);
        }
        continue;
      }
      const coerced = coerce(input.type, raw);
      if ("error" in coerced) {
        errors.push(`${name}: ${coerced.error}`);
      } else {
        inputs[name] = coerced.value;
      }
    }
    return { index, inputs, errors };
  });
}

function coerce(type: InputType, raw: unknown): { value: unknown } | { error: string } {
  switch (type) {
    case "string":
      return { value: typeof raw === "string" ? raw : JSON.stringify(raw) };
    case "number":
      if (typeof raw === "number") return { value: raw };
      if (typeof raw === "string" && raw.trim() !== "" && Number.isFinite(Number(raw.trim()))) {
        return { value: Number(raw.trim()) };
      }
      return { error: `expected a number, got ${JSON.stringify(raw)}` };
    case "boolean":
      if (typeof raw === "boolean") return { value: raw };
      if (typeof raw === "string") return { value: TRUE_WORDS.has(raw.trim().toLowerCase()) };
      if (typeof raw === "number") return { value: raw !== 0 };
      return { error: `expected a boolean, got ${JSON.stringify(raw)}` };
    case "array<string>": {
      const value = typeof raw === "string" && raw.trim().startsWith("[") ? tryJson(raw) : raw;
      if (typeof value === "string") return { value: [value] };
      if (Array.isArray(value) && value.every((item) => typeof item === "string")) return { value };
      return { error: "expected a list of strings or one string" };
    }
    case "object": {
      const value = typeof raw === "string" ? tryJson(raw) : raw;
      if (typeof value === "object" && value !== null && !Array.isArray(value)) return { value };
      return { error: "expected a JSON object" };
    }
    default:
      return { error: `unknown input type ${String(type)}` };
  }
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Rows as JSONL or CSV text, for downloads. */
export function toJsonl(rows: object[]): string {
  return rows.map((row) => JSON.stringify(row)).join("\n") + (rows.length ? "\n" : "");
}

export function toCsv(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return "";
  const columns = Array.from(new Set(rows.flatMap((row) => Object.keys(row))));
  const cell = (value: unknown) => {
    const text = value === null || value === undefined ? "" : typeof value === "object" ? JSON.stringify(value) : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns.join(","), ...rows.map((row) => columns.map((c) => cell(row[c])).join(","))].join("\n") + "\n";
}
