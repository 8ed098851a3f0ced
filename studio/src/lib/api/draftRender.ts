import { isApiError, request } from "./client";
import type { ModelInfo, TemplateDraft } from "./types";

/** The document of an unsaved template as POST /api/render takes it (id optional). */
export type DraftDocument = Omit<TemplateDraft, "id"> & { id?: string };

export interface DraftRender {
  rendered: string;
  inputs_used: Record<string, unknown>;
  /** Names the text reads from its inputs, in the order first read. */
  variables: string[];
  /** Read by the text but not declared as inputs. */
  undeclared: string[];
  /** Declared as inputs but never read. */
  unused: string[];
}

export const renderDraft = (template: DraftDocument, inputs: Record<string, unknown>, signal?: AbortSignal) =>
  request<DraftRender>("POST", "/api/render", { body: { template, inputs }, signal });

/** What a failed draft render says: the message once, where it is, and the names when the text parsed. */
export interface DraftProblem {
  message: string;
  kind?: string;
  line?: number;
  column?: number;
  names?: Pick<DraftRender, "variables" | "undeclared" | "unused">;
  /** Input fields that failed the input spec. */
  fields: Record<string, string>;
}

export function draftProblem(error: unknown): DraftProblem {
  if (!isApiError(error)) return { message: String(error instanceof Error ? error.message : error), fields: {} };
  const p = error.problem;
  const fields: Record<string, string> = {};
  error.errors.forEach((e) => (fields[e.field] = e.message));
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
  return {
    message: error.detail,
    kind: typeof p.render_error === "string" ? p.render_error : undefined,
    line: typeof p.line === "number" ? p.line : undefined,
    column: typeof p.column === "number" ? p.column : undefined,
    names: Array.isArray(p.variables)
      ? { variables: strings(p.variables), undeclared: strings(p.undeclared), unused: strings(p.unused) }
      : undefined,
    fields,
  };
}

/** A model as GET /api/models lists it, with whether its provider can be called (null: the server cannot tell). */
export type ModelWithAvailability = ModelInfo & { provider_usable?: boolean | null };
