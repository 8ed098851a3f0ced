/**
 * The gateway's JSON shapes, as aliases onto the types generated from the OpenAPI document
 * (`openapi.json`, the served `/v3/api-docs`): `npm run api-types` writes `openapi.gen.ts` before every build,
 * test and type check. Nothing here restates a field of the wire format.
 */
import type { components, paths } from "./openapi.gen";

type Schemas = components["schemas"];
type Query<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } } ? NonNullable<Q> : never;

export type InputSpec = Schemas["InputSpec"];
export type InputType = InputSpec["type"];

export const INPUT_TYPES: InputType[] = ["string", "number", "boolean", "array<string>", "object"];

export type Template = Schemas["Template"];

/** A template being edited: the fields of a template, of which only the id and the text are needed yet. */
export type TemplateDraft = Partial<Template> & Pick<Template, "id" | "template">;

export type RenderResult = Schemas["RenderResult"];

/** A page of any list; `next_cursor` is null on the last page. */
export type Page<T> = Omit<Schemas["JobPage"], "items"> & { items: T[] };

export type VersionEntry = Schemas["VersionInfo"];
export type LabelMoved = Schemas["LabelResult"];
export type Health = Schemas["Health"];
export type ModelResult = Schemas["ModelResult"];
export type ComparisonResult = Schemas["ComparisonResult"];
export type CallParams = Schemas["CallParams"];
export type Job = Schemas["Job"];
export type JobStatus = Job["status"];
export type JobRequest = Schemas["JobRequest"];
export type BatchCreated = Schemas["BatchAccepted"];

/** Rows pasted or uploaded as they are (`text` in `format`), and the fields of the batch; the server reads and checks the rows. */
export type BatchUpload = Pick<Schemas["BatchRequest"], "template_id" | "models" | "params" | "name"> & {
  format: "csv" | "jsonl";
  text: string;
};

/** How a batch's calls reach the providers: each at once, through the providers' batch APIs, or chosen by size. */
export type BatchLane = NonNullable<Schemas["BatchParams"]["lane"]>;
export type BatchEstimate = Schemas["Estimate"];

export type BatchCheckRow = Schemas["BatchCheckRow"];
export type BatchCheck = Schemas["BatchCheck"];

/** The query of `GET /api/batches`, with `limit` as a number. */
export type BatchFilter = Omit<Query<"/api/batches">, "limit"> & { limit?: number };

export type BatchProgress = Schemas["Batch"];
export type BatchResultRow = Schemas["BatchResultRow"];
export type Execution = Schemas["Execution"];

/** The query of `GET /api/executions`, with `limit` as a number. */
export type ExecutionFilter = Omit<Query<"/api/executions">, "limit"> & { limit?: number };

export type StatsGroup = Schemas["StatsGroup"];
export type Stats = Schemas["Stats"];
export type ModelInfo = Schemas["ModelInfo"];
