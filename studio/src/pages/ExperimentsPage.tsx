import { Link } from "react-router";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { PageHeader } from "@/components/Layout";
import { QueryState } from "@/components/States";
import { percent } from "@/components/experiments/grid";
import { experimentApi } from "@/lib/api/experiments";
import { formatTime } from "@/lib/format";

export function ExperimentsPage() {
  const list = useInfiniteQuery({
    queryKey: ["experiments"],
    queryFn: ({ pageParam }) => experimentApi.list(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next_cursor ?? undefined,
    retry: false,
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageHeader title="Experiments" description="Template versions × models scored over a dataset."
        actions={<Button asChild><Link to="/experiments/new"><Plus /> New experiment</Link></Button>} />
      <Card>
        <CardContent>
          <QueryState query={list} what="the experiments" feature="Experiments" route="GET /api/experiments">
            {items.length === 0 ? (
              <p className="text-muted-foreground text-sm">No experiments yet.</p>
            ) : (
              <div className="overflow-x-auto">
                <Table>
                  <TableHeader>
                    <TableRow>
                      <TableHead>Name</TableHead>
                      <TableHead>Status</TableHead>
                      <TableHead>Template</TableHead>
                      <TableHead>Dataset</TableHead>
                      <TableHead>Pass rate per column</TableHead>
                      <TableHead>Created</TableHead>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {items.map((e) => (
                      <TableRow key={e.experiment_id}>
                        <TableCell>
                          <Link className="underline-offset-4 hover:underline" to={`/experiments/${encodeURIComponent(e.experiment_id)}`}>{e.name || e.experiment_id}</Link>
                        </TableCell>
                        <TableCell>
                          <Badge variant={e.status === "completed" ? "success" : e.status === "failed" ? "destructive" : "secondary"}>{e.status}</Badge>
                        </TableCell>
                        <TableCell className="font-mono text-xs">{e.template_id}</TableCell>
                        <TableCell className="font-mono text-xs">{e.dataset ? `${e.dataset.name}@${e.dataset.version ?? "latest"}` : ""}</TableCell>
                        <TableCell className="text-xs">
                          <ul>
                            {e.columns.filter((c) => c.pass_rate != null).map((c) => (
                              <li key={`${c.version} ${c.model}`}><span className="font-mono">{c.version} · {c.model}</span> {percent(c.pass_rate)}</li>
                            ))}
                          </ul>
                        </TableCell>
                        <TableCell className="text-muted-foreground text-xs">{formatTime(e.created_at)}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            )}
            {list.hasNextPage && (
              <Button variant="outline" size="sm" className="mt-3" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>Load more</Button>
            )}
          </QueryState>
        </CardContent>
      </Card>
    </>
  );
}
