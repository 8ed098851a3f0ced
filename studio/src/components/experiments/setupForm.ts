import type { ExperimentRequest } from "@/lib/api/experiments";
import { buildAssertions } from "./assertionTypes";
import { parseAssertionText } from "./assertionTypes";
import type { AssertionDraft } from "./AssertionEditor";

export interface SetupDraft {
  name: string;
  template: string;
  versions: string[];
  models: string[];
  samples: string;
  dataset: string;
  datasetVersion: string;
  passThreshold: string;
  assertions: AssertionDraft;
}

/** The form as the request body, or the problems that keep it from being sent (keyed as the server names fields). */
export function toRequest(d: SetupDraft): { body?: ExperimentRequest; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  if (!d.name.trim()) errors.name = "is required";
  if (!d.template) errors.template = "choose a template";
  if (d.versions.length === 0) errors.versions = "choose at least one version";
  if (d.models.length === 0) errors.models = "choose at least one model";
  if (!d.dataset) errors.dataset = "choose a dataset";
  const samples = d.samples.trim() ? Number(d.samples) : undefined;
  if (samples !== undefined && (!Number.isInteger(samples) || samples < 1 || samples > 20)) errors.samples = "must be a whole number from 1 to 20";
  const threshold = d.passThreshold.trim() ? Number(d.passThreshold) : undefined;
  if (threshold !== undefined && (!Number.isFinite(threshold) || threshold < 0 || threshold > 1)) errors.pass_threshold = "must be a number from 0 to 1";
  let assertions;
  if (d.assertions.mode === "text") {
    const parsed = parseAssertionText(d.assertions.text);
    if ("error" in parsed) errors.assertions = parsed.error;
    else assertions = parsed.assertions;
  } else {
    const built = buildAssertions(d.assertions.drafts);
    Object.assign(errors, built.errors);
    assertions = built.assertions;
  }
  if (assertions && assertions.length === 0) errors.assertions = "add at least one assertion";
  if (Object.keys(errors).length > 0 || !assertions) return { errors };
  return {
    errors,
    body: {
      name: d.name.trim(),
      template: d.template,
      versions: d.versions,
      models: d.models,
      ...(samples !== undefined ? { samples } : {}),
      dataset: { name: d.dataset, ...(d.datasetVersion ? { version: d.datasetVersion } : {}) },
      ...(threshold !== undefined ? { pass_threshold: threshold } : {}),
      assertions,
    },
  };
}

/** The message for a field and everything under it (`versions` also collects `versions[1]`). */
export function errorFor(errors: Record<string, string>, field: string): string | undefined {
  const found = Object.entries(errors).filter(([k]) => k === field || k.startsWith(`${field}[`) || k.startsWith(`${field}.`));
  return found.length ? found.map(([k, m]) => (k === field ? m : `${k}: ${m}`)).join("; ") : undefined;
}

const FORM_FIELDS = ["name", "template", "versions", "models", "samples", "dataset", "pass_threshold", "assertions"];

/** Server problems that name no field of the form, shown above the submit button. */
export function otherErrors(errors: Record<string, string>): [string, string][] {
  return Object.entries(errors).filter(([k]) => !FORM_FIELDS.some((f) => k === f || k.startsWith(`${f}[`) || k.startsWith(`${f}.`)));
}
