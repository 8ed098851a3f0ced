import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api/endpoints";
import { useDebounced } from "@/lib/useDebounced";

export const PREVIEW_DELAY_MS = 300;

/**
 * Renders the template with the given inputs once they have stopped changing for a moment. While the
 * form has errors nothing is sent; the last good preview stays on screen while a new one is fetched.
 */
export function useRenderPreview(
  templateId: string | undefined,
  inputs: Record<string, unknown>,
  blocked: boolean,
  revision = "",
) {
  const settled = useDebounced(JSON.stringify(inputs), PREVIEW_DELAY_MS);
  return useQuery({
    queryKey: ["render", templateId ?? "", revision, settled],
    queryFn: ({ signal }) => api.render(templateId!, JSON.parse(settled) as Record<string, unknown>, signal),
    enabled: !!templateId && !blocked,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: Infinity,
  });
}
