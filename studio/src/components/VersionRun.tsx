import { useEffect, useRef } from "react";
import type { CallParams } from "@/lib/api/types";
import { versionOrLabel } from "@/lib/compareState";
import { useCompareRun, type CompareState } from "@/lib/useCompareRun";

/** A comparison to run; a new `id` runs it again. */
export interface RunRequest {
  id: number;
  template: string;
  inputs: Record<string, unknown>;
  models: string[];
  params: CallParams;
}

/**
 * Runs one compare job for one version or label ("" for the latest) whenever a new request comes,
 * and reports its state; renders nothing. The Compare screen has one per selected version.
 */
export function VersionRun({ entry, request, onState }: { entry: string; request?: RunRequest; onState: (entry: string, state: CompareState, live: string) => void }) {
  const { state, live, run } = useCompareRun();
  const lastRun = useRef<number>(undefined);
  useEffect(() => {
    if (!request || request.id === lastRun.current) return;
    lastRun.current = request.id;
    void run(request.template, request.inputs, request.models, request.params, entry ? versionOrLabel(entry) : {});
  }, [request, entry, run]);
  const report = useRef(onState);
  report.current = onState;
  useEffect(() => report.current(entry, state, live), [entry, state, live]);
  return null;
}
