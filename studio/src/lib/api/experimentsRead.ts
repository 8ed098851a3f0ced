import type { Comparison, Experiment, ExperimentColumn, RowChange, Side } from "./experiments";

export type Loose = Record<string, unknown>;
const num = (v: unknown): number | null => (typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : null);

/** A column as served, whichever of the aggregate record's names it uses (`template_version`, `cost_per_passing_usd`). */
export function readColumn(raw: Loose): ExperimentColumn {
  return {
    ...(raw as unknown as ExperimentColumn),
    version: String(raw.version ?? raw.template_version ?? ""),
    model: String(raw.model ?? ""),
    pass_rate: num(raw.pass_rate),
    mean_score: num(raw.mean_score),
    total_cost_usd: num(raw.total_cost_usd),
    cost_per_pass_usd: num(raw.cost_per_pass_usd ?? raw.cost_per_passing_usd),
    judge_cost_usd: num(raw.judge_cost_usd),
  };
}

export function readExperiment(raw: Loose): Experiment {
  const columns = Array.isArray(raw.columns) ? (raw.columns as Loose[]).map(readColumn) : [];
  return { ...(raw as unknown as Experiment), columns, judge_cost_usd: num(raw.judge_cost_usd) };
}

function side(nested: unknown, passRate: unknown, score: unknown): Side | null {
  if (nested && typeof nested === "object") {
    const n = nested as Loose;
    const read = { pass_share: num(n.pass_share ?? n.pass_rate), mean_score: num(n.mean_score ?? n.score) };
    return read.pass_share == null && read.mean_score == null ? null : read;
  }
  if (passRate == null && score == null) return null;
  return { pass_share: num(passRate), mean_score: num(score) };
}

/** A comparison as served: each side nested (`baseline: {pass_share, mean_score}`) or flat (`baseline_pass_rate`). */
export function readComparison(raw: Loose): Comparison {
  const rows = (Array.isArray(raw.rows) ? (raw.rows as Loose[]) : []).map((r) => ({
    row: Number(r.row),
    change: String(r.change).toLowerCase() as RowChange,
    baseline: side(r.baseline, r.baseline_pass_rate, r.baseline_score),
    candidate: side(r.candidate, r.candidate_pass_rate, r.candidate_score),
  }));
  const count = (c: RowChange) => num(raw[c]) ?? rows.filter((r) => r.change === c).length;
  return { regressed: count("regressed"), improved: count("improved"), unchanged: count("unchanged"), rows };
}
