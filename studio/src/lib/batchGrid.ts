import type { BatchResultRow } from "@/lib/api/types";
import type { LiveEvent } from "@/lib/liveEvents";

/** A grid cell: one call's result; `call_id` opens its detail. */
export type GridCell = BatchResultRow & { call_id?: string };

/** Cells of the grid by row index and model; live call events and fetched results both land here. */
export function mergeCells(rows: GridCell[], events: LiveEvent[]): Map<string, GridCell> {
  const cells = new Map<string, GridCell>();
  rows.forEach((r) => cells.set(`${r.row_index}|${r.model}`, r));
  events.forEach((e) => {
    if (e.type === "call.completed" && typeof e.row_index === "number" && typeof e.model === "string") {
      cells.set(`${e.row_index}|${e.model}`, e as unknown as GridCell);
    }
  });
  return cells;
}

/** The grid's model columns: the models the batch was submitted with, in that order, then any other seen. */
export function modelColumns(requested: string[], cells: Iterable<BatchResultRow>): string[] {
  const seen = new Set<string>();
  for (const cell of cells) seen.add(cell.model);
  return [...requested, ...Array.from(seen).filter((m) => !requested.includes(m)).sort()];
}

/**
 * A row's inputs as `name=value` pairs, in the template's input order and then by name, so that every
 * row reads alike whichever source (live event or stored result) filled it.
 */
export function inputsText(inputs: Record<string, unknown> | null | undefined, order: string[]): string {
  const names = Object.keys(inputs ?? {});
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return names.map((name) => `${name}=${typeof inputs![name] === "string" ? inputs![name] : JSON.stringify(inputs![name])}`).join(" · ");
}

/** A row's number as people count it: the first data row of the file is row 1 (the import preview counts alike). */
export function rowNumber(rowIndex: number): number {
  return rowIndex + 1;
}
