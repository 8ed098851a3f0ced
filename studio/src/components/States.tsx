import type { ReactNode } from "react";
import { AlertCircle, Inbox, PlugZap } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { isApiError, notAvailable } from "@/lib/api/client";

export function Loading({ label = "Loading…", rows = 3 }: { label?: string; rows?: number }) {
  return (
    <div role="status" aria-live="polite" className="space-y-2">
      <span className="sr-only">{label}</span>
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} className="h-8 w-full" />
      ))}
    </div>
  );
}

export function Empty({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="flex flex-col items-center justify-center gap-3 rounded-xl border border-dashed p-10 text-center">
      <Inbox className="text-muted-foreground size-8" aria-hidden />
      <p className="font-medium">{title}</p>
      {children && <div className="text-muted-foreground max-w-md text-sm">{children}</div>}
      {action}
    </div>
  );
}

export function NotAvailable({ feature, route }: { feature: string; route: string }) {
  return (
    <Alert data-testid="not-available">
      <PlugZap />
      <AlertTitle>{feature} is not available on this server</AlertTitle>
      <AlertDescription>
        <p>
          This gateway does not serve <code className="font-mono">{route}</code> yet. It comes with the job pipeline
          (workers and Kafka); start Dakora with the pipeline to use this screen.
        </p>
      </AlertDescription>
    </Alert>
  );
}

export function ErrorState({ error, onRetry, what, title }: { error: unknown; onRetry?: () => void; what?: string; title?: string }) {
  const detail = isApiError(error) ? error.detail : error instanceof Error ? error.message : String(error);
  const status = isApiError(error) && error.status ? ` (HTTP ${error.status})` : "";
  return (
    <Alert variant="destructive">
      <AlertCircle />
      <AlertTitle>{title ?? (what ? `Could not load ${what}` : "Something went wrong")}{status}</AlertTitle>
      <AlertDescription>
        <p>{detail}</p>
        {isApiError(error) && error.errors.length > 0 && (
          <ul className="list-disc pl-4">
            {error.errors.map((e) => (
              <li key={e.field + e.message}>
                <code className="font-mono">{e.field}</code> {e.message}
              </li>
            ))}
          </ul>
        )}
        {onRetry && (
          <Button size="sm" variant="outline" className="mt-2" onClick={onRetry}>
            Retry
          </Button>
        )}
      </AlertDescription>
    </Alert>
  );
}

/** Loading, error or not-available for one query; renders children once the data is there. */
export function QueryState({
  query,
  what,
  feature,
  route,
  children,
}: {
  query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  what: string;
  feature?: string;
  route?: string;
  children: ReactNode;
}) {
  if (query.isPending) return <Loading label={`Loading ${what}…`} />;
  if (query.isError) {
    if (feature && route && notAvailable(query.error)) return <NotAvailable feature={feature} route={route} />;
    return <ErrorState error={query.error} what={what} onRetry={() => query.refetch()} />;
  }
  return <>{children}</>;
}
