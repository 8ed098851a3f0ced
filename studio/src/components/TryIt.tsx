import { useEffect, useMemo, useRef, useState } from "react";
import { Link } from "react-router";
import { AlertCircle, Columns3, Loader2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DraftRun } from "@/components/DraftRun";
import { InputForm } from "@/components/InputForm";
import { draftProblem, type DraftDocument, type DraftProblem, type DraftRender } from "@/lib/api/draftRender";
import { fieldsOf, initialValues, toInputs, type FormValues } from "@/lib/inputs";
import { compareLink } from "@/lib/compareState";
import { useRenderPreview } from "@/lib/useRenderPreview";

/** What the last preview found out about the draft, for the editor to flag names and mark a failing line. */
export interface PreviewOutcome {
  names?: Pick<DraftRender, "variables" | "undeclared" | "unused">;
  problem?: DraftProblem;
}

interface Props {
  /** The unsaved draft as POST /api/render takes it; undefined while its input rows cannot be read. */
  template: DraftDocument | undefined;
  /** The saved template this draft edits, for "compare on models" (which runs saved versions). */
  saved?: { id: string; version: string };
  dirty: boolean;
  /** Changes when the editor asks to render now (Ctrl/Cmd+Enter). */
  runToken: number;
  /** Changes when the editor asks to run the draft on the chosen models (Ctrl/Cmd+Shift+Enter). */
  modelsToken?: number;
  onOutcome?: (outcome: PreviewOutcome) => void;
}

/** The input form generated from the draft's inputs, and the unsaved draft rendered on the server as you type. */
export function TryIt({ template, saved, dirty, runToken, modelsToken = 0, onOutcome }: Props) {
  const fields = useMemo(() => fieldsOf(template?.inputs), [template?.inputs]);
  const [values, setValues] = useState<FormValues>(() => initialValues(fields));
  useEffect(() => {
    setValues((old) => ({ ...initialValues(fields), ...pick(old, fields.map((f) => f.name)) }));
  }, [fields]);
  const { inputs, errors } = toInputs(fields, values);
  const incomplete = Object.keys(errors).length > 0;
  // Sent even while inputs are missing: the answer still says which names the text reads.
  const preview = useRenderPreview(template, inputs, false);
  const problem = preview.isError ? draftProblem(preview.error) : undefined;
  const inputsProblem = problem !== undefined && problem.kind === undefined && Object.keys(problem.fields).length > 0;

  const { run } = preview;
  const lastToken = useRef(runToken);
  useEffect(() => {
    if (runToken !== lastToken.current) {
      lastToken.current = runToken;
      run();
    }
  }, [runToken, run]);

  const outcome = useRef(onOutcome);
  outcome.current = onOutcome;
  const data = preview.isError ? undefined : preview.data;
  useEffect(() => {
    outcome.current?.(problem ? { problem, names: problem.names } : data ? { names: data } : {});
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, preview.error]);

  const shownErrors = { ...(inputsProblem ? problem.fields : {}), ...errors };

  return (
    <Card>
      <CardHeader>
        <CardTitle>Try it</CardTitle>
        <CardDescription>
          Fill the inputs: the preview renders {dirty || !saved ? "your unsaved draft" : `version ${saved.version}`} on the server as you
          type. Ctrl/⌘+Enter renders now; Run on models (Ctrl/⌘+Shift+Enter) sends it to the chosen models.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <InputForm
          fields={fields}
          values={values}
          errors={shownErrors}
          onChange={(name, value) => {
            setValues((old) => ({ ...old, [name]: value }));
          }}
        />
        <div>
          <div className="mb-1.5 flex items-center gap-2 text-sm font-medium">
            Preview
            {preview.isFetching && <Loader2 className="text-muted-foreground size-3.5 animate-spin" aria-label="Rendering" />}
          </div>
          {!template ? (
            <p className="text-muted-foreground rounded-md border border-dashed p-3 text-sm">Fix the input rows of the form to see the preview.</p>
          ) : incomplete || inputsProblem ? (
            <p className="text-muted-foreground rounded-md border border-dashed p-3 text-sm">Fix the highlighted inputs to see the preview.</p>
          ) : problem ? (
            <div role="alert" data-testid="render-error" className="border-destructive/50 text-destructive flex gap-2 rounded-md border p-3 text-sm">
              <AlertCircle className="mt-0.5 size-4 shrink-0" />
              <p>
                {problem.line !== undefined && <span className="font-medium">Line {problem.line}: </span>}
                {problem.message}
              </p>
            </div>
          ) : (
            <pre data-testid="render-preview" aria-live="polite" className="bg-muted max-h-96 min-h-16 overflow-auto rounded-md p-3 text-sm whitespace-pre-wrap">
              {preview.data?.rendered ?? "…"}
            </pre>
          )}
        </div>
        <DraftRun template={template} inputs={inputs} blocked={incomplete ? "Fill the inputs first" : undefined} runToken={modelsToken} />
        {saved && (
          <Button variant="outline" asChild className="w-fit">
            <Link
              to={compareLink({ template: saved.id, versions: [saved.version], inputs })}
              state={{ inputs }}
              title={dirty ? "Compare runs saved versions: save first to compare your edits" : undefined}
            >
              <Columns3 /> Compare models with these inputs{dirty ? " (saved version)" : ""}
            </Link>
          </Button>
        )}
      </CardContent>
    </Card>
  );
}

function pick(values: FormValues, names: string[]): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([k]) => names.includes(k)));
}
