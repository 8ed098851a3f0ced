import { useState } from "react";
import { Link, useParams } from "react-router";
import { ArrowLeft } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { PageHeader } from "@/components/Layout";
import { QueryState } from "@/components/States";
import { useDatasetRows, useDatasetVersions } from "@/lib/api/datasets";
import { formatTime } from "@/lib/format";
import { cn } from "@/lib/utils";
import { DatasetDelete } from "./DatasetDelete";
import { DatasetFromBatch } from "./DatasetFromBatch";
import { DatasetUpload } from "./DatasetsUpload";

const text = (v: unknown) => (v == null ? "" : typeof v === "string" ? v : JSON.stringify(v));

/** One dataset: its versions, the rows of the chosen one (paged), new versions, delete. */
export function DatasetPage() {
  const { name = "" } = useParams();
  const versions = useDatasetVersions(name);
  const [picked, setPicked] = useState<string | undefined>();
  const list = versions.data?.items ?? [];
  const version = picked ?? (list[0] ? String(list[0].version) : undefined);
  const rows = useDatasetRows(name, version);
  const items = rows.data?.pages.flatMap((p) => p.items ?? []) ?? [];
  const total = rows.data?.pages[0]?.row_count;
  return (
    <>
      <PageHeader title={name} description="Dataset" actions={
        <>
          <Button variant="outline" asChild><Link to="/datasets"><ArrowLeft /> Datasets</Link></Button>
          <DatasetDelete name={name} />
        </>
      } />
      <div className="grid gap-6 lg:grid-cols-[18rem_minmax(0,1fr)]">
        <Card className="h-fit">
          <CardHeader><CardTitle>Versions</CardTitle></CardHeader>
          <CardContent>
            <QueryState query={versions} what="the versions">
              <ul className="grid gap-1 text-sm" aria-label="Versions">
                {list.map((v) => (
                  <li key={String(v.version)}>
                    <button type="button" aria-current={String(v.version) === version} onClick={() => setPicked(String(v.version))}
                      className={cn("w-full rounded-md px-2 py-1 text-left hover:bg-accent", String(v.version) === version && "bg-secondary")}>
                      <span className="font-medium">Version {String(v.version)}</span> · {v.row_count} rows
                      <span className="text-muted-foreground block text-xs">{v.source}{v.template_id ? ` · ${v.template_id}` : ""} · {formatTime(v.created_at)}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </QueryState>
          </CardContent>
        </Card>
        <div className="grid content-start gap-6">
          <Card>
            <CardHeader><CardTitle>{version ? `Rows of version ${version}` : "Rows"}{total != null ? ` (${total})` : ""}</CardTitle></CardHeader>
            <CardContent>
              {version && (
                <QueryState query={rows} what="the rows">
                  <div className="max-h-[32rem] overflow-auto">
                    <Table>
                      <TableHeader>
                        <TableRow><TableHead>Row</TableHead><TableHead>Inputs</TableHead><TableHead>Expected</TableHead><TableHead>Metadata</TableHead></TableRow>
                      </TableHeader>
                      <TableBody>
                        {items.map((r) => (
                          <TableRow key={r.row}>
                            <TableCell>{r.row}</TableCell>
                            <TableCell className="max-w-72 font-mono text-xs whitespace-normal break-all">{text(r.inputs)}</TableCell>
                            <TableCell className="max-w-72 text-xs whitespace-normal">{text(r.expected)}</TableCell>
                            <TableCell className="max-w-48 font-mono text-xs whitespace-normal break-all">{r.metadata && Object.keys(r.metadata).length ? text(r.metadata) : ""}</TableCell>
                          </TableRow>
                        ))}
                      </TableBody>
                    </Table>
                  </div>
                  {rows.hasNextPage && (
                    <Button variant="outline" size="sm" className="mt-3" onClick={() => void rows.fetchNextPage()} disabled={rows.isFetchingNextPage}>
                      Load more rows
                    </Button>
                  )}
                </QueryState>
              )}
            </CardContent>
          </Card>
          <div className="grid gap-6 xl:grid-cols-2">
            <DatasetUpload fixedName={name} />
            <DatasetFromBatch name={name} />
          </div>
        </div>
      </div>
    </>
  );
}
