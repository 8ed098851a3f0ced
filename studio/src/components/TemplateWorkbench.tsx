import { useEffect, useMemo, useState } from "react";
import { Save } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { CodeEditor } from "@/components/CodeEditor";
import { DraftEditor } from "@/components/DraftEditor";
import { ErrorState } from "@/components/States";
import { TryIt, type PreviewOutcome } from "@/components/TryIt";
import type { Template, TemplateDraft } from "@/lib/api/types";
import type { DraftDocument } from "@/lib/api/draftRender";
import { draftOf, fromYaml, toTemplate, toYaml, type Draft } from "@/lib/draft";
import { fieldErrors, previewDocument } from "@/lib/draftChecks";
import { useEditorShortcuts } from "@/lib/useEditorShortcuts";
import { useUnsavedGuard } from "@/lib/useUnsavedGuard";

interface Props {
  initial: Draft;
  saved?: Template;
  isNew?: boolean;
  saving: boolean;
  saveError: unknown;
  onSave: (template: TemplateDraft) => Promise<Template>;
  onSaved?: (saved: Template) => void;
}

/**
 * Form and YAML views of one draft, kept in step, beside a live preview of the unsaved draft. Leaving
 * with unsaved changes asks first; Ctrl/Cmd+S saves, Ctrl/Cmd+Enter renders now, Ctrl/Cmd+Shift+Enter
 * runs the draft on the chosen models.
 */
export function TemplateWorkbench({ initial, saved, isNew = false, saving, saveError, onSave, onSaved }: Props) {
  const [draft, setDraft] = useState(initial);
  const [mode, setMode] = useState<"form" | "yaml">("form");
  const [yamlText, setYamlText] = useState("");
  const [problems, setProblems] = useState<string[]>([]);
  const [dirty, setDirty] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [runToken, setRunToken] = useState(0);
  const [modelsToken, setModelsToken] = useState(0);
  const [outcome, setOutcome] = useState<PreviewOutcome>({});
  const guard = useUnsavedGuard(dirty);
  const errors = useMemo(() => fieldErrors(draft, isNew), [draft, isNew]);

  useEffect(() => setProblems([]), [draft, yamlText]);

  const previewed: DraftDocument | undefined = useMemo(() => {
    if (mode === "form") return previewDocument(draft);
    const parsed = fromYaml(yamlText);
    return parsed.template ? { ...parsed.template } : undefined;
  }, [mode, draft, yamlText]);

  const switchTo = (next: string) => {
    if (next === "yaml" && mode === "form") {
      const checked = toTemplate(draft);
      setYamlText(toYaml(checked.template ?? { ...draft, inputs: {}, metadata: draft.metadata }));
      setMode("yaml");
    } else if (next === "form" && mode === "yaml") {
      const parsed = fromYaml(yamlText);
      if (parsed.error || !parsed.template) {
        setProblems([parsed.error ?? "The YAML is not a template."]);
        return;
      }
      setDraft(draftOf({ description: null, metadata: null, inputs: {}, version: "1.0.0", ...parsed.template } as Template));
      setMode("form");
    }
  };

  const save = async () => {
    let template: TemplateDraft | undefined;
    if (mode === "yaml") {
      const parsed = fromYaml(yamlText);
      if (parsed.error) return setProblems([parsed.error]);
      template = parsed.template;
    } else {
      setSubmitted(true);
      if (Object.keys(errors).length) return;
      const checked = toTemplate(draft);
      if (checked.errors.length) return setProblems(checked.errors);
      template = checked.template;
    }
    if (!template || saving) return;
    try {
      const result = await onSave(template);
      guard.release();
      setDirty(false);
      onSaved?.(result);
    } catch {
      // the save error is shown from the mutation's state
    }
  };

  useEditorShortcuts({ save: () => void save(), run: () => setRunToken((t) => t + 1), runModels: () => setModelsToken((t) => t + 1) });

  const marks = outcome.problem?.line !== undefined ? [{ line: outcome.problem.line, message: outcome.problem.message }] : undefined;

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card>
        <CardContent>
          <Tabs value={mode} onValueChange={switchTo}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <TabsList>
                <TabsTrigger value="form">Form</TabsTrigger>
                <TabsTrigger value="yaml">YAML</TabsTrigger>
              </TabsList>
              <div className="flex items-center gap-2">
                {dirty && <span className="text-muted-foreground text-xs" data-testid="unsaved">Unsaved changes</span>}
                <Button onClick={() => void save()} disabled={saving} title="Ctrl/⌘+S">
                  <Save /> {saving ? "Saving…" : isNew ? "Create template" : "Save new version"}
                </Button>
              </div>
            </div>
            {problems.length > 0 && (
              <Alert variant="destructive" className="mt-2">
                <AlertTitle>Fix these before saving</AlertTitle>
                <AlertDescription>
                  <ul className="list-disc pl-4">
                    {problems.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                </AlertDescription>
              </Alert>
            )}
            {saveError != null && <div className="mt-2"><ErrorState error={saveError} title="Not saved" /></div>}
            <TabsContent value="form" className="mt-4">
              <DraftEditor
                draft={draft}
                idLocked={!isNew}
                errors={errors}
                showAllErrors={submitted}
                undeclared={outcome.names?.undeclared}
                unused={outcome.names?.unused}
                marks={marks}
                onChange={(next) => {
                  setDraft(next);
                  setDirty(true);
                }}
              />
            </TabsContent>
            <TabsContent value="yaml" className="mt-4">
              <CodeEditor
                label="yaml"
                language="yaml"
                value={yamlText}
                minHeight="28rem"
                onChange={(text) => {
                  setYamlText(text);
                  setDirty(true);
                }}
              />
            </TabsContent>
          </Tabs>
        </CardContent>
      </Card>
      <TryIt template={previewed} saved={saved} dirty={dirty} runToken={runToken} modelsToken={modelsToken} onOutcome={setOutcome} />
    </div>
  );
}
