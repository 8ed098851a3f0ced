import { useEffect, useMemo, useState } from "react";
import { AlertCircle, Loader2 } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { InputForm } from "@/components/InputForm";
import { isApiError } from "@/lib/api/client";
import type { Template } from "@/lib/api/types";
import { fieldsOf, initialValues, toInputs, type FormValues } from "@/lib/inputs";
import { useRenderPreview } from "@/lib/useRenderPreview";

/** The input form generated from the saved template's spec, and its rendering as you type. */
export function TryIt({ template, stale }: { template: Template; stale: boolean }) {
  const fields = useMemo(() => fieldsOf(template.inputs), [template.inputs]);
  const [values, setValues] = useState<FormValues>(() => initialValues(fields));
  useEffect(() => {
    setValues((old) => ({ ...initialValues(fields), ...pick(old, fields.map((f) => f.name)) }));
  }, [fields]);
  const { inputs, errors } = toInputs(fields, values);
  const blocked = Object.keys(errors).length > 0;
  const preview = useRenderPreview(template.id, inputs, blocked, template.version);
  const serverErrors: Record<string, string> = {};
  if (isApiError(preview.error)) {
    preview.error.errors.forEach((e) => (serverErrors[e.field] = e.message));
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Try it</CardTitle>
        <CardDescription>
          Fill the inputs: the preview renders version {template.version} on the server as you type.
          {stale && " You have unsaved edits: save to preview them."}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <InputForm
          fields={fields}
          values={values}
          errors={{ ...serverErrors, ...errors }}
          onChange={(name, value) => setValues((old) => ({ ...old, [name]: value }))}
        />
        <div>
          <div className="mb-1.5 flex items-center gap-2 text-sm font-medium">
            Preview
            {preview.isFetching && <Loader2 className="text-muted-foreground size-3.5 animate-spin" aria-label="Rendering" />}
          </div>
          {blocked ? (
            <p className="text-muted-foreground rounded-md border border-dashed p-3 text-sm">
              Fix the highlighted inputs to see the preview.
            </p>
          ) : preview.isError ? (
            <div role="alert" data-testid="render-error" className="border-destructive/50 text-destructive flex gap-2 rounded-md border p-3 text-sm">
              <AlertCircle className="mt-0.5 size-4 shrink-0" />
              <div>
                <p className="font-medium">The template did not render</p>
                <p>{isApiError(preview.error) ? preview.error.detail : String(preview.error)}</p>
              </div>
            </div>
          ) : (
            <pre
              data-testid="render-preview"
              aria-live="polite"
              className="bg-muted max-h-96 min-h-16 overflow-auto rounded-md p-3 text-sm whitespace-pre-wrap"
            >
              {preview.data?.rendered ?? "…"}
            </pre>
          )}
        </div>
      </CardContent>
    </Card>
  );
}

function pick(values: FormValues, names: string[]): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([k]) => names.includes(k)));
}
