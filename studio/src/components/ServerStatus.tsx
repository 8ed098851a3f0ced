import { useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api/endpoints";
import { cn } from "@/lib/utils";

/** A dot and a word for the gateway's health, refreshed every half minute. */
export function ServerStatus() {
  const health = useQuery({ queryKey: ["health"], queryFn: api.health, refetchInterval: 30_000, retry: false });
  const state = health.isPending ? "checking" : health.isError ? "unreachable" : health.data?.status ?? "unknown";
  const good = state === "healthy";
  return (
    <span className="text-muted-foreground inline-flex items-center gap-1.5 text-xs" title="Gateway health">
      <span aria-hidden className={cn("size-2 rounded-full", good ? "bg-success" : health.isPending ? "bg-muted-foreground" : "bg-destructive")} />
      Server {state}
    </span>
  );
}
