import { useQuery } from "@tanstack/react-query";
import { AlertCircle } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { ErrorState } from "@/components/States";
import { notAvailable } from "@/lib/api/client";
import { resultsApi } from "@/lib/api/results";
import { inputsText, rowNumber } from "@/lib/batchGrid";

interface Props {
  batchId: string;
  /** Rows the server counts as failed: nothing is fetched while it is 0, and the list is fetched again as it grows. */
  failedRows: number;
  totalRows: number;
  inputOrder: string[];
}

/** The rows of a batch that failed before any model call, each with its reason (a render error, for one). */
export function RowFailures({ batchId, failedRows, totalRows, inputOrder }: Props) {
  const failures = useQuery({
    queryKey: ["batch-failures", batchId, failedRows],
    queryFn: () => resultsApi.batchFailures(batchId),
    enabled: failedRows > 0,
  });
  if (failedRows === 0 || failures.isPending) return null;
  if (failures.isError) {
    return notAvailable(failures.error) ? null : <ErrorState error={failures.error} what="the failed rows" />;
  }
  const items = failures.data.items;
  return (
    <Alert variant="destructive" data-testid="row-failures" className="mb-6">
      <AlertCircle />
      <AlertTitle>
        {failedRows >= totalRows ? `Every row failed (${failedRows} of ${totalRows})` : `${failedRows} of ${totalRows} rows failed`}
      </AlertTitle>
      <AlertDescription>
        <ul className="grid max-h-64 w-full gap-1 overflow-y-auto">
          {items.map((f) => (
            <li key={f.row_index} data-testid="row-failure" className="break-words">
              <span className="font-medium">Row {rowNumber(f.row_index)}</span>
              {f.status === "cancelled" ? " (cancelled)" : ""}: {f.error}
              {f.inputs && Object.keys(f.inputs).length > 0 && (
                <span className="text-muted-foreground font-mono text-xs"> — {inputsText(f.inputs, inputOrder)}</span>
              )}
            </li>
          ))}
        </ul>
        {failures.data.truncated && <p className="text-xs">Showing the first {items.length} failed rows.</p>}
      </AlertDescription>
    </Alert>
  );
}
