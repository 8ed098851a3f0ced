import { useEffect, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { Columns3, History, Save, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { CodeEditor } from "@/components/CodeEditor";
import { DraftEditor } from "@/components/DraftEditor";
import { PageHeader } from "@/components/Layout";
import { ErrorState, Loading } from "@/components/States";
import { TryIt } from "@/components/TryIt";
import { useCreateTemplate, useDeleteTemplate, useTemplate, useUpdateTemplate } from "@/lib/api/queries";
import type { Template, TemplateDraft } from "@/lib/api/types";
import { draftOf, emptyDraft, fromYaml, toTemplate, toYaml, type Draft } from "@/lib/draft";

export function NewTemplatePage() {
  const create = useCreateTemplate();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title="New template" description="Fill the form, or switch to YAML and paste a template file." />
      <TemplateWorkbench
        initial={emptyDraft()}
        isNew
        saving={create.isPending}
        saveError={create.error}
        onSave={(template) => create.mutate(template, { onSuccess: (saved) => navigate(`/templates/${encodeURIComponent(saved.id)}`) })}
      />
    </>
  );
}

export function EditTemplatePage() {
  const { id = "" } = useParams();
  const template = useTemplate(id);
  const update = useUpdateTemplate(id);
  const remove = useDeleteTemplate();
  const navigate = useNavigate();

  if (template.isPending) return <Loading label="Loading template…" rows={6} />;
  if (template.isError) return <ErrorState error={template.error} what={`template ${id}`} onRetry={() => template.refetch()} />;

  const onDelete = () => {
    if (window.confirm(`Delete template ${id}? Its history stays readable by version.`)) {
      remove.mutate(id, { onSuccess: () => navigate("/templates") });
    }
  };

  return (
    <>
      <PageHeader
        title={id}
        description={template.data.description ?? undefined}
        actions={
          <>
            <Button variant="outline" asChild>
              <Link to={`/templates/${encodeURIComponent(id)}/versions`}>
                <History /> Versions
              </Link>
            </Button>
            <Button variant="outline" asChild>
              <Link to={`/compare?template=${encodeURIComponent(id)}`}>
                <Columns3 /> Compare models
              </Link>
            </Button>
            <Button variant="ghost" onClick={onDelete} aria-label={`Delete template ${id}`}>
              <Trash2 />
            </Button>
          </>
        }
      />
      {remove.isError && <ErrorState error={remove.error} what="the delete" />}
      <TemplateWorkbench
        key={template.data.version}
        initial={draftOf(template.data)}
        saved={template.data}
        saving={update.isPending}
        saveError={update.error}
        onSave={(next) => {
          const { id: _ignored, ...changes } = next;
          void _ignored;
          if (changes.version === template.data.version) delete changes.version;
          update.mutate(changes as Partial<Template>);
        }}
      />
    </>
  );
}

interface WorkbenchProps {
  initial: Draft;
  saved?: Template;
  isNew?: boolean;
  saving: boolean;
  saveError: unknown;
  onSave: (template: TemplateDraft) => void;
}

/** Form and YAML views of one draft, kept in step, beside the live preview of the saved version. */
function TemplateWorkbench({ initial, saved, isNew = false, saving, saveError, onSave }: WorkbenchProps) {
  const [draft, setDraft] = useState(initial);
  const [mode, setMode] = useState<"form" | "yaml">("form");
  const [yamlText, setYamlText] = useState("");
  const [problems, setProblems] = useState<string[]>([]);
  const [dirty, setDirty] = useState(false);

  useEffect(() => setProblems([]), [draft, yamlText]);

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

  const save = () => {
    let template: TemplateDraft | undefined;
    if (mode === "yaml") {
      const parsed = fromYaml(yamlText);
      if (parsed.error) return setProblems([parsed.error]);
      template = parsed.template;
    } else {
      const checked = toTemplate(draft);
      if (checked.errors.length) return setProblems(checked.errors);
      template = checked.template;
    }
    if (template) onSave(template);
    setDirty(false);
  };

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card>
        <CardContent>
          <Tabs value={mode} onValueChange={switchTo}>
            <div className="flex items-center justify-between gap-2">
              <TabsList>
                <TabsTrigger value="form">Form</TabsTrigger>
                <TabsTrigger value="yaml">YAML</TabsTrigger>
              </TabsList>
              <Button onClick={save} disabled={saving}>
                <Save /> {saving ? "Saving…" : isNew ? "Create template" : "Save new version"}
              </Button>
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
      {saved ? (
        <TryIt template={saved} stale={dirty} />
      ) : (
        <Card>
          <CardContent className="text-muted-foreground text-sm">
            Create the template to get its input form and a live preview here.
          </CardContent>
        </Card>
      )}
    </div>
  );
}
