import type { CallParams } from "@/lib/api/types";

/** Everything the Compare screen needs to show a comparison again: kept in its URL so a reload or a shared link restores it. */
export interface CompareUrlState {
  template: string;
  /** Versions (1.2.0) or labels (production); one compare job runs per entry. Empty: the latest version. */
  versions: string[];
  models: string[];
  inputs: Record<string, unknown>;
  params: Record<keyof CallParams, string>;
  /** The column outputs are diffed against, as "version|model". */
  reference?: string;
}

const PARAMS: (keyof CallParams)[] = ["temperature", "max_tokens", "top_p"];

export function readCompareState(search: URLSearchParams): CompareUrlState {
  let inputs: Record<string, unknown> = {};
  const text = search.get("inputs");
  if (text) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) inputs = parsed as Record<string, unknown>;
    } catch {
      inputs = {};
    }
  }
  const params = Object.fromEntries(PARAMS.map((key) => [key, search.get(key) ?? ""])) as Record<keyof CallParams, string>;
  return {
    template: search.get("template") ?? "",
    versions: search.getAll("v").filter(Boolean),
    models: search.getAll("m").filter(Boolean),
    inputs,
    params,
    reference: search.get("ref") ?? undefined,
  };
}

export function writeCompareState(state: Partial<CompareUrlState> & { template: string }): URLSearchParams {
  const search = new URLSearchParams();
  if (state.template) search.set("template", state.template);
  (state.versions ?? []).forEach((v) => search.append("v", v));
  (state.models ?? []).forEach((m) => search.append("m", m));
  if (state.inputs && Object.keys(state.inputs).length) search.set("inputs", JSON.stringify(state.inputs));
  PARAMS.forEach((key) => {
    const value = state.params?.[key]?.trim();
    if (value) search.set(key, value);
  });
  if (state.reference) search.set("ref", state.reference);
  return search;
}

/** The Compare screen's address for a template, its versions and inputs (as the editor's "Try it" hands them over). */
export function compareLink(state: Partial<CompareUrlState> & { template: string }): string {
  return `/compare?${writeCompareState(state).toString()}`;
}

/** A version or a label, as a compare job takes it. */
export function versionOrLabel(entry: string): { version?: string; label?: string } {
  return /^\d+\.\d+\.\d+/.test(entry) ? { version: entry } : { label: entry };
}
