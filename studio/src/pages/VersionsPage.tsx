import { useEffect, useState } from "react";
import { Link, useParams } from "react-router";
import { useQuery } from "@tanstack/react-query";
import { ArrowLeft, RotateCcw, Tag } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { PageHeader } from "@/components/Layout";
import { Empty, ErrorState, Loading } from "@/components/States";
import { api } from "@/lib/api/endpoints";
import { useMoveLabel, useUpdateTemplate, useVersions } from "@/lib/api/queries";
import { toYaml } from "@/lib/draft";
import { lineDiff } from "@/lib/lineDiff";
import { formatTime } from "@/lib/format";
import { cn } from "@/lib/utils";

export function VersionsPage() {
  const { id = "" } = useParams();
  const versions = useVersions(id);
  const items = versions.data?.items ?? [];
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");

  useEffect(() => {
    if (items.length > 0 && !to) {
      setTo(items[0].version);
      setFrom(items[Math.min(1, items.length - 1)].version);
    }
  }, [items, to]);

  return (
    <>
      <PageHeader
        title={`Versions of ${id}`}
        description="Every save is an immutable version. Labels point at versions: moving one back is a rollback."
        actions={
          <Button variant="outline" asChild>
            <Link to={`/templates/${encodeURIComponent(id)}`}>
              <ArrowLeft /> Back to the editor
            </Link>
          </Button>
        }
      />
      {versions.isPending ? (
        <Loading label="Loading versions…" />
      ) : versions.isError ? (
        <ErrorState error={versions.error} what="the version history" onRetry={() => versions.refetch()} />
      ) : items.length === 0 ? (
        <Empty title="No versions">This template has no stored versions.</Empty>
      ) : (
        <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
          <div className="grid content-start gap-6">
            <HistoryTable id={id} items={items} />
            <LabelMover id={id} versions={items.map((v) => v.version)} />
          </div>
          <Card>
            <CardHeader>
              <CardTitle>Diff</CardTitle>
              <CardDescription>Pick two versions to see what changed between them.</CardDescription>
            </CardHeader>
            <CardContent className="grid gap-4">
              <div className="grid grid-cols-2 gap-2">
                <VersionPicker label="From" value={from} onChange={setFrom} versions={items.map((v) => v.version)} />
                <VersionPicker label="To" value={to} onChange={setTo} versions={items.map((v) => v.version)} />
              </div>
              {from && to && <VersionDiff id={id} from={from} to={to} />}
            </CardContent>
          </Card>
        </div>
      )}
    </>
  );
}

function HistoryTable({ id, items }: { id: string; items: { version: string; created_at: string; content_hash: string; labels: string[] }[] }) {
  const update = useUpdateTemplate(id);
  const [restored, setRestored] = useState<string | null>(null);
  const restore = async (version: string) => {
    const old = await api.getTemplate(id, { version });
    update.mutate(
      { description: old.description, template: old.template, inputs: old.inputs, metadata: old.metadata },
      {
        onSuccess: (saved) =>
          setRestored(
            saved.version === items[0]?.version
              ? `Version ${version} has the same content as the current version ${saved.version}: nothing to restore.`
              : `Version ${version} saved again as ${saved.version}.`,
          ),
      },
    );
  };
  return (
    <Card>
      <CardHeader>
        <CardTitle>History</CardTitle>
        <CardDescription>Newest first. “Restore” saves an old version's content as a new version.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-2">
        {restored && <p className="text-sm" role="status">{restored}</p>}
        {update.isError && <ErrorState error={update.error} title="Not restored" />}
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Version</TableHead>
              <TableHead>Created</TableHead>
              <TableHead>Hash</TableHead>
              <TableHead>Labels</TableHead>
              <TableHead className="sr-only">Actions</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((v) => (
              <TableRow key={v.version}>
                <TableCell className="font-mono font-medium">{v.version}</TableCell>
                <TableCell className="text-muted-foreground whitespace-nowrap">{formatTime(v.created_at)}</TableCell>
                <TableCell className="text-muted-foreground font-mono text-xs" title={v.content_hash}>
                  {v.content_hash?.slice(0, 10)}
                </TableCell>
                <TableCell>
                  <div className="flex flex-wrap gap-1">
                    {v.labels.map((label) => (
                      <Badge key={label} variant={label === "production" ? "success" : label === "latest" ? "default" : "secondary"}>
                        {label}
                      </Badge>
                    ))}
                  </div>
                </TableCell>
                <TableCell className="text-right">
                  <Button size="sm" variant="ghost" onClick={() => void restore(v.version)} disabled={update.isPending} aria-label={`Restore version ${v.version} as a new version`}>
                    <RotateCcw /> Restore
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}

function LabelMover({ id, versions }: { id: string; versions: string[] }) {
  const move = useMoveLabel(id);
  const [label, setLabel] = useState("production");
  const [version, setVersion] = useState(versions[0]);
  return (
    <Card>
      <CardHeader>
        <CardTitle>Move a label</CardTitle>
        <CardDescription>Point production, staging or any label at a version. “latest” always follows the newest.</CardDescription>
      </CardHeader>
      <CardContent>
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            move.mutate({ label: label.trim(), version });
          }}
        >
          <div className="grid gap-1.5">
            <Label htmlFor="label-name">Label</Label>
            <Input id="label-name" value={label} onChange={(e) => setLabel(e.target.value)} className="w-40" />
          </div>
          <VersionPicker label="Version" value={version} onChange={setVersion} versions={versions} />
          <Button type="submit" disabled={!label.trim() || move.isPending}>
            <Tag /> Move label
          </Button>
        </form>
        {move.isSuccess && (
          <p className="mt-2 text-sm" role="status">
            {move.data.label} now points at {move.data.version}.
          </p>
        )}
        {move.isError && <div className="mt-2"><ErrorState error={move.error} title="Label not moved" /></div>}
      </CardContent>
    </Card>
  );
}

function VersionPicker({ label, value, onChange, versions }: { label: string; value: string; onChange: (v: string) => void; versions: string[] }) {
  const id = `pick-${label.toLowerCase()}`;
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <NativeSelect id={id} value={value} onChange={(e) => onChange(e.target.value)} className="w-36 font-mono">
        {versions.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}

function VersionDiff({ id, from, to }: { id: string; from: string; to: string }) {
  const before = useQuery({ queryKey: ["template", id, from], queryFn: () => api.getTemplate(id, { version: from }) });
  const after = useQuery({ queryKey: ["template", id, to], queryFn: () => api.getTemplate(id, { version: to }) });
  if (before.isPending || after.isPending) return <Loading label="Loading both versions…" />;
  if (before.isError) return <ErrorState error={before.error} what={`version ${from}`} />;
  if (after.isError) return <ErrorState error={after.error} what={`version ${to}`} />;
  const lines = lineDiff(toYaml(before.data), toYaml(after.data));
  const changed = lines.some((l) => l.kind !== "same");
  return (
    <div data-testid="version-diff">
      {!changed && <p className="text-muted-foreground mb-2 text-sm">These versions have the same content.</p>}
      <pre className="bg-muted/40 max-h-[32rem] overflow-auto rounded-md border p-2 text-xs leading-5">
        {lines.map((line, i) => (
          <div
            key={i}
            className={cn(
              "px-2 whitespace-pre-wrap",
              line.kind === "added" && "bg-green-100 text-green-900",
              line.kind === "removed" && "bg-red-100 text-red-900",
            )}
          >
            <span aria-hidden className="mr-2 inline-block w-3 select-none">
              {line.kind === "added" ? "+" : line.kind === "removed" ? "-" : " "}
            </span>
            <span className="sr-only">{line.kind === "added" ? "added: " : line.kind === "removed" ? "removed: " : ""}</span>
            {line.text}
          </div>
        ))}
      </pre>
    </div>
  );
}
