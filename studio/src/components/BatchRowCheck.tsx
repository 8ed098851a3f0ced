import { Badge } from "@/components/ui/badge";
import { rowNumber } from "@/lib/batchGrid";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { BatchCheck } from "@/lib/api/types";
import { cn } from "@/lib/utils";

const PREVIEW_ROWS = 200;

function cell(value: unknown): string {
  if (value === undefined || value === null) return "";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** The server's check of each row: the inputs it would submit, or its errors by field, numbered by the row's line. */
export function BatchRowCheck({ check, fields, format }: { check: BatchCheck; fields: string[]; format: string }) {
  return (
    <div className="grid gap-2" data-testid="row-preview">
      <p className="text-sm">
        {check.total_rows} row{check.total_rows === 1 ? "" : "s"} read as {format.toUpperCase()}
        {check.invalid_rows > 0 ? (
          <span className="text-destructive"> · {check.invalid_rows} invalid: fix them to submit</span>
        ) : (
          <span className="text-success"> · all valid</span>
        )}
      </p>
      <div className="max-h-96 overflow-auto rounded-md border">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Row</TableHead>
              <TableHead>Line</TableHead>
              {fields.map((f) => (
                <TableHead key={f} className="font-mono">
                  {f}
                </TableHead>
              ))}
              <TableHead>Check</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {check.rows.slice(0, PREVIEW_ROWS).map((row) => (
              <TableRow key={row.row_index} className={cn(!row.valid && "bg-red-50 dark:bg-red-950/40")} aria-invalid={!row.valid}>
                <TableCell className="text-muted-foreground">{rowNumber(row.row_index)}</TableCell>
                <TableCell className="text-muted-foreground">{row.line ?? "—"}</TableCell>
                {fields.map((f) => (
                  <TableCell key={f} className="max-w-48 truncate font-mono text-xs">
                    {cell(row.inputs?.[f])}
                  </TableCell>
                ))}
                <TableCell className="text-xs">
                  {row.valid ? (
                    <Badge variant="success">ok</Badge>
                  ) : (
                    <span className="text-destructive">{row.errors.map((e) => `${e.field} ${e.message}`).join("; ")}</span>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {check.rows.length > PREVIEW_ROWS && <p className="text-muted-foreground text-xs">Showing the first {PREVIEW_ROWS} rows.</p>}
    </div>
  );
}
