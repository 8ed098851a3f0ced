import { Link, useNavigate, useParams } from "react-router";
import { Columns3, History, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/Layout";
import { ErrorState, Loading } from "@/components/States";
import { TemplateWorkbench } from "@/components/TemplateWorkbench";
import { useCreateTemplate, useDeleteTemplate, useTemplate, useUpdateTemplate } from "@/lib/api/queries";
import type { Template } from "@/lib/api/types";
import { draftOf, emptyDraft } from "@/lib/draft";

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
        onSave={(template) => create.mutateAsync(template)}
        onSaved={(saved) => navigate(`/templates/${encodeURIComponent(saved.id)}`)}
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
          return update.mutateAsync(changes as Partial<Template>);
        }}
      />
    </>
  );
}

