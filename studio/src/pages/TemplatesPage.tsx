import { useMemo, useState } from "react";
import { Link, useNavigate } from "react-router";
import { Plus, Search } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { Empty, ErrorState, Loading } from "@/components/States";
import { PageHeader } from "@/components/Layout";
import { useTemplateDetails, useTemplateIds } from "@/lib/api/queries";
import type { Template } from "@/lib/api/types";

export function tagsOf(template: Template | undefined): string[] {
  const tags = template?.metadata?.tags;
  return Array.isArray(tags) ? tags.map(String) : [];
}

/** Whether every word of the search occurs in the id, the description or a tag. */
export function matches(id: string, template: Template | undefined, search: string): boolean {
  const haystack = [id, template?.description ?? "", ...tagsOf(template)].join(" ").toLowerCase();
  return search
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

export function TemplatesPage() {
  const ids = useTemplateIds();
  const details = useTemplateDetails(ids.data ?? []);
  const [search, setSearch] = useState("");
  const navigate = useNavigate();
  const byId = useMemo(() => {
    const map = new Map<string, Template>();
    details.forEach((d) => d.data && map.set(d.data.id, d.data));
    return map;
  }, [details]);
  const shown = (ids.data ?? []).filter((id) => matches(id, byId.get(id), search));

  return (
    <>
      <PageHeader
        title="Templates"
        description="Prompt templates with typed inputs. Open one to edit it and try it with a live preview."
        actions={
          <Button asChild>
            <Link to="/templates/new">
              <Plus /> New template
            </Link>
          </Button>
        }
      />
      <div className="relative mb-4 max-w-md">
        <Search className="text-muted-foreground absolute top-2.5 left-2.5 size-4" aria-hidden />
        <Input
          aria-label="Search templates by id, description or tag"
          placeholder="Search by id, description or tag"
          className="pl-8"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      {ids.isPending ? (
        <Loading label="Loading templates…" />
      ) : ids.isError ? (
        <ErrorState error={ids.error} what="templates" onRetry={() => ids.refetch()} />
      ) : ids.data.length === 0 ? (
        <Empty
          title="No templates yet"
          action={
            <Button asChild>
              <Link to="/templates/new">Create your first template</Link>
            </Button>
          }
        >
          Create one with the form or paste its YAML. Templates in the server's prompt directory show up here too.
        </Empty>
      ) : shown.length === 0 ? (
        <Empty title={`No template matches “${search}”`}>Try fewer words, or search for a tag.</Empty>
      ) : (
        <div className="rounded-xl border">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Id</TableHead>
                <TableHead>Description</TableHead>
                <TableHead>Version</TableHead>
                <TableHead>Inputs</TableHead>
                <TableHead>Tags</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {shown.map((id) => {
                const template = byId.get(id);
                return (
                  <TableRow key={id} className="cursor-pointer" onClick={() => navigate(`/templates/${encodeURIComponent(id)}`)}>
                    <TableCell className="font-mono font-medium">
                      <Link to={`/templates/${encodeURIComponent(id)}`} className="hover:underline focus-visible:underline">
                        {id}
                      </Link>
                    </TableCell>
                    <TableCell className="text-muted-foreground max-w-lg truncate">{template?.description ?? ""}</TableCell>
                    <TableCell className="font-mono">{template?.version ?? "…"}</TableCell>
                    <TableCell className="font-mono text-xs">{Object.keys(template?.inputs ?? {}).join(", ")}</TableCell>
                    <TableCell>
                      <div className="flex flex-wrap gap-1">
                        {tagsOf(template).map((tag) => (
                          <Badge key={tag} variant="secondary">
                            {tag}
                          </Badge>
                        ))}
                      </div>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
