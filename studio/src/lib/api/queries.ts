import { useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "./endpoints";
import type { Template, TemplateDraft } from "./types";

export const keys = {
  templates: ["templates"] as const,
  template: (id: string, version?: string) => ["template", id, version ?? "current"] as const,
  versions: (id: string) => ["versions", id] as const,
  models: ["models"] as const,
};

export function useTemplateIds() {
  return useQuery({ queryKey: keys.templates, queryFn: api.listTemplates });
}

export function useTemplate(id: string | undefined, version?: string) {
  return useQuery({
    queryKey: keys.template(id ?? "", version),
    queryFn: () => api.getTemplate(id!, version ? { version } : undefined),
    enabled: !!id,
  });
}

/** Every listed template's current version, for searching by description and tags. */
export function useTemplateDetails(ids: string[]) {
  return useQueries({
    queries: ids.map((id) => ({ queryKey: keys.template(id), queryFn: () => api.getTemplate(id), staleTime: 30_000 })),
  });
}

export function useVersions(id: string | undefined) {
  return useQuery({ queryKey: keys.versions(id ?? ""), queryFn: () => api.versions(id!), enabled: !!id });
}

function useInvalidateTemplate() {
  const client = useQueryClient();
  return (id: string) =>
    Promise.all([
      client.invalidateQueries({ queryKey: keys.templates }),
      client.invalidateQueries({ queryKey: ["template", id] }),
      client.invalidateQueries({ queryKey: keys.versions(id) }),
      client.invalidateQueries({ queryKey: ["render", id] }),
    ]);
}

export function useCreateTemplate() {
  const invalidate = useInvalidateTemplate();
  return useMutation({
    mutationFn: (draft: TemplateDraft) => api.createTemplate(draft),
    onSuccess: (saved) => invalidate(saved.id),
  });
}

export function useUpdateTemplate(id: string) {
  const invalidate = useInvalidateTemplate();
  return useMutation({
    mutationFn: (changes: Partial<Template>) => api.updateTemplate(id, changes),
    onSuccess: () => invalidate(id),
  });
}

export function useDeleteTemplate() {
  const invalidate = useInvalidateTemplate();
  return useMutation({ mutationFn: (id: string) => api.deleteTemplate(id), onSuccess: (_, id) => invalidate(id) });
}

export function useMoveLabel(id: string) {
  const invalidate = useInvalidateTemplate();
  return useMutation({
    mutationFn: ({ label, version }: { label: string; version: string }) => api.moveLabel(id, label, version),
    onSuccess: () => invalidate(id),
  });
}

export function useModels() {
  return useQuery({ queryKey: keys.models, queryFn: api.models, retry: false });
}
