import { AlertCircle } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { isApiError } from "@/lib/api/client";
import { rowProblems } from "@/lib/api/datasets";

/** A refused upload: the server's detail, then each refused row by row number, file line and field. */
export function RowProblems({ error, title }: { error: unknown; title: string }) {
  const problems = rowProblems(error);
  const detail = isApiError(error) ? error.detail : error instanceof Error ? error.message : String(error);
  const status = isApiError(error) && error.status ? ` (HTTP ${error.status})` : "";
  return (
    <Alert variant="destructive" data-testid="row-problems">
      <AlertCircle />
      <AlertTitle>{title}{status}</AlertTitle>
      <AlertDescription>
        <p>{detail}</p>
        {problems.length > 0 && (
          <div className="max-h-72 w-full overflow-auto">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Row</TableHead>
                  <TableHead>Line</TableHead>
                  <TableHead>Field</TableHead>
                  <TableHead>Problem</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {problems.map((p, i) => (
                  <TableRow key={i}>
                    <TableCell>{p.row ?? ""}</TableCell>
                    <TableCell>{p.line ?? ""}</TableCell>
                    <TableCell className="font-mono text-xs">{p.field ?? ""}</TableCell>
                    <TableCell className="whitespace-normal">{p.message}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </AlertDescription>
    </Alert>
  );
}
