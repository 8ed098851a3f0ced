/**
 * Input rows pasted or uploaded for a batch go to the server as they are: the server reads them (CSV
 * or JSON Lines) and checks them with the template's input spec, so the Studio never coerces a value
 * itself. What stays here is the one UI choice: which format the text is, to send it with its type.
 */
export type RowFormat = "csv" | "jsonl";

/** JSONL when the first non-blank character opens an object, CSV otherwise; a file name can say so too. */
export function detectFormat(text: string, fileName?: string): RowFormat {
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
