import { Link } from "react-router";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { PageHeader } from "@/components/Layout";
import { QueryState } from "@/components/States";
import { useDatasetList } from "@/lib/api/datasets";
import { formatTime } from "@/lib/format";
import { DatasetUpload } from "./DatasetsUpload";

export function DatasetsPage() {
  const list = useDatasetList();
  const items = list.data?.pages.flatMap((p) => p.items ?? []) ?? [];
  return (
    <>
      <PageHeader title="Datasets" description="Versioned rows of inputs and expected outputs that experiments run over." />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_26rem]">
        <Card className="h-fit">
          <CardHeader>
            <CardTitle>Datasets</CardTitle>
          </CardHeader>
          <CardContent>
            <QueryState query={list} what="the datasets" feature="Datasets" route="GET /api/datasets">
              {items.length === 0 ? (
                <p className="text-muted-foreground text-sm">No datasets yet: upload one.</p>
              ) : (
                <div className="overflow-x-auto">
                  <Table>
                    <TableHeader>
                      <TableRow>
                        <TableHead>Name</TableHead>
                        <TableHead>Latest version</TableHead>
                        <TableHead>Rows</TableHead>
                        <TableHead>Updated</TableHead>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {items.map((d) => (
                        <TableRow key={d.name}>
                          <TableCell>
                            <Link className="font-mono underline-offset-4 hover:underline" to={`/datasets/${encodeURIComponent(d.name)}`}>{d.name}</Link>
                          </TableCell>
                          <TableCell>{String(d.latest_version)}</TableCell>
                          <TableCell>{d.row_count}</TableCell>
                          <TableCell className="text-muted-foreground text-xs">{formatTime(d.updated_at ?? d.created_at)}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </div>
              )}
              {list.hasNextPage && (
                <Button variant="outline" size="sm" className="mt-3" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
                  Load more
                </Button>
              )}
            </QueryState>
          </CardContent>
        </Card>
        <DatasetUpload />
      </div>
    </>
  );
}
