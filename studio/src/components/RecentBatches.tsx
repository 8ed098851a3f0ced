import { Link } from "react-router";
import { useQuery } from "@tanstack/react-query";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ErrorState } from "@/components/States";
import { notAvailable } from "@/lib/api/client";
import { api } from "@/lib/api/endpoints";
import { formatTime } from "@/lib/format";

const SHOWN = 20;

/** The server's batch history (`GET /api/batches`), newest first; hidden when the server has no such route. */
export function RecentBatches() {
  const batches = useQuery({ queryKey: ["batches"], queryFn: () => api.listBatches({ limit: SHOWN }) });
  if (batches.isPending || (batches.isError && notAvailable(batches.error))) return null;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Recent batches</CardTitle>
        <CardDescription>The latest batches on this server.</CardDescription>
      </CardHeader>
      <CardContent>
        {batches.isError ? (
          <ErrorState error={batches.error} what="the batches" onRetry={() => batches.refetch()} />
        ) : batches.data.items.length === 0 ? (
          <p className="text-muted-foreground text-sm">No batches yet.</p>
        ) : (
          <ul className="grid gap-1 text-sm" data-testid="recent-batches">
            {batches.data.items.map((b) => (
              <li key={b.batch_id} className="flex flex-wrap items-center gap-2">
                <Link className="hover:underline" to={`/batches/${encodeURIComponent(b.batch_id ?? "")}`}>
                  {b.name || b.batch_id}
                </Link>
                <Badge variant={b.status === "completed" ? "success" : b.status === "failed" ? "destructive" : "secondary"}>{b.status}</Badge>
                <span className="text-muted-foreground text-xs">
                  {b.template_id} · {b.total_jobs} rows × {b.models?.length ?? "?"} models · {formatTime(b.created_at)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
