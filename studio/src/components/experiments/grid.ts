import { diffWordsWithSpace } from "diff";
import type { ExperimentColumn, ExperimentResult } from "@/lib/api/experiments";

export const columnKey = (version: string, model: string) => `${version}\u0000${model}`;

/** One (row, column) cell: its samples, how many passed, their mean score. */
export interface GridCell {
  row: number;
  version: string;
  model: string;
  samples: ExperimentResult[];
  passed: number;
  meanScore: number | null;
}

export interface Grid {
  rows: number[];
  columns: { version: string; model: string }[];
  cells: Map<string, GridCell>;
}

export const cellKey = (row: number, version: string, model: string) => `${row}\u0000${columnKey(version, model)}`;

/** Results as rows × (version, model) cells; columns in the experiment's order, then any others seen. */
export function buildGrid(columns: ExperimentColumn[], results: ExperimentResult[]): Grid {
  const order = columns.map((c) => ({ version: c.version, model: c.model }));
  const seen = new Set(order.map((c) => columnKey(c.version, c.model)));
  const cells = new Map<string, GridCell>();
  const rows = new Set<number>();
  for (const r of results) {
    rows.add(r.row);
    if (!seen.has(columnKey(r.version, r.model))) {
      seen.add(columnKey(r.version, r.model));
      order.push({ version: r.version, model: r.model });
    }
    const key = cellKey(r.row, r.version, r.model);
    const cell = cells.get(key) ?? { row: r.row, version: r.version, model: r.model, samples: [], passed: 0, meanScore: null };
    cell.samples.push(r);
    cells.set(key, cell);
  }
  for (const cell of cells.values()) {
    cell.samples.sort((a, b) => a.sample - b.sample);
    cell.passed = cell.samples.filter((s) => s.passed).length;
    const scores = cell.samples.map((s) => s.score).filter((s): s is number => typeof s === "number");
    cell.meanScore = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
  }
  return { rows: Array.from(rows).sort((a, b) => a - b), columns: order, cells };
}

export interface WordPart {
  kind: "added" | "removed" | "same";
  text: string;
}

/** Word by word difference from `before` to `after` (whitespace kept). */
export function wordDiff(before: string, after: string): WordPart[] {
  return diffWordsWithSpace(before, after).map((p) => ({ kind: p.added ? "added" : p.removed ? "removed" : "same", text: p.value }));
}

export function percent(value: number | null | undefined): string {
  return value == null ? "—" : `${(value * 100).toFixed(value === 1 || value === 0 ? 0 : 1)}%`;
}

export function score(value: number | null | undefined): string {
  return value == null ? "—" : value.toFixed(2);
}
