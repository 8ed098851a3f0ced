import { useEffect, useRef, useState } from "react";
import { getApiKey } from "@/lib/apiKey";

/** One event from `/ws/events`: `type` (or `event`) names it, the rest depends on it. */
export interface LiveEvent {
  type: string;
  [key: string]: unknown;
}

export type LiveStatus = "idle" | "connecting" | "open" | "closed" | "unavailable";

export function eventsUrl(target: { job_id?: string; batch_id?: string }, location: Location = window.location): string {
  const params = new URLSearchParams();
  if (target.job_id) params.set("job_id", target.job_id);
  if (target.batch_id) params.set("batch_id", target.batch_id);
  const key = getApiKey();
  if (key) params.set("api_key", key);
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  return `${scheme}://${location.host}/ws/events?${params.toString()}`;
}

export function readEvent(data: unknown): LiveEvent | null {
  if (typeof data !== "string") return null;
  try {
    const value = JSON.parse(data) as Record<string, unknown>;
    const type = typeof value.type === "string" ? value.type : typeof value.event === "string" ? value.event : null;
    return type ? { ...value, type } : null;
  } catch {
    return null;
  }
}

/**
 * Follows the live events of one job or batch. A socket that never opens reports "unavailable", so the
 * screen can fall back to polling.
 */
export function useLiveEvents(target: { job_id?: string; batch_id?: string } | null, onEvent: (event: LiveEvent) => void) {
  const [status, setStatus] = useState<LiveStatus>("idle");
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const id = target?.job_id ?? target?.batch_id ?? null;
  const kind = target?.job_id ? "job_id" : "batch_id";

  useEffect(() => {
    if (!id) {
      setStatus("idle");
      return;
    }
    let opened = false;
    setStatus("connecting");
    const socket = new WebSocket(eventsUrl({ [kind]: id }));
    socket.onopen = () => {
      opened = true;
      setStatus("open");
    };
    socket.onmessage = (message) => {
      const event = readEvent(message.data);
      if (event) handler.current(event);
    };
    socket.onerror = () => setStatus(opened ? "closed" : "unavailable");
    socket.onclose = () => setStatus(opened ? "closed" : "unavailable");
    return () => socket.close();
  }, [id, kind]);

  return status;
}
