import { useCallback, useState } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { renderDraft, type DraftDocument } from "@/lib/api/draftRender";
import { useDebounced } from "@/lib/useDebounced";

export const PREVIEW_DELAY_MS = 300;

/**
 * Renders the unsaved draft with the given inputs through POST /api/render once both have stopped
 * changing for a moment; `run()` renders what is there now without waiting. While the input form has
 * errors nothing is sent; the last good preview stays on screen while a new one is fetched.
 */
export function useRenderPreview(template: DraftDocument | undefined, inputs: Record<string, unknown>, blocked: boolean) {
  const current = JSON.stringify({ template: template ?? null, inputs });
  const debounced = useDebounced(current, PREVIEW_DELAY_MS);
  const [immediate, setImmediate] = useState<string>();
  const settled = immediate === current ? current : debounced;
  const query = useQuery({
    queryKey: ["render-draft", settled],
    queryFn: ({ signal }) => {
      const body = JSON.parse(settled) as { template: DraftDocument; inputs: Record<string, unknown> };
      return renderDraft(body.template, body.inputs, signal);
    },
    enabled: !!template && !blocked,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: Infinity,
  });
  const { refetch } = query;
  const run = useCallback(() => {
    if (settled === current) void refetch();
    else setImmediate(current);
  }, [settled, current, refetch]);
  return { ...query, run };
}
