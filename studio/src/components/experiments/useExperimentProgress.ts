import { useEffect, useRef, useState } from "react";
import { getApiKey } from "@/lib/apiKey";
import { readEvent, type LiveStatus } from "@/lib/liveEvents";

export interface ExperimentProgress {
  experiment_id: string;
  status: string;
  total_calls: number;
  scored_calls: number;
  passed: number;
}

export function experimentEventsUrl(experimentId: string, location: Location = window.location): string {
  const params = new URLSearchParams({ experiment_id: experimentId });
  const key = getApiKey();
  if (key) params.set("api_key", key);
  return `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/ws/events?${params.toString()}`;
}

/**
 * Follows `experiment.progress` frames of one experiment. A socket that never opens reports
 * "unavailable" and one that drops reports "closed", so the screen polls instead.
 */
export function useExperimentProgress(experimentId: string | null, onProgress: (p: ExperimentProgress) => void): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>("idle");
  const handler = useRef(onProgress);
  handler.current = onProgress;
  useEffect(() => {
    if (!experimentId) {
      setStatus("idle");
      return;
    }
    let opened = false;
    setStatus("connecting");
    let socket: WebSocket;
    try {
      socket = new WebSocket(experimentEventsUrl(experimentId));
    } catch {
      setStatus("unavailable");
      return;
    }
    socket.onopen = () => {
      opened = true;
      setStatus("open");
    };
    socket.onmessage = (message) => {
      const event = readEvent(message.data);
      if (event?.type === "experiment.progress") handler.current(event as unknown as ExperimentProgress);
    };
    socket.onerror = () => setStatus(opened ? "closed" : "unavailable");
    socket.onclose = () => setStatus(opened ? "closed" : "unavailable");
    return () => socket.close();
  }, [experimentId]);
  return status;
}
