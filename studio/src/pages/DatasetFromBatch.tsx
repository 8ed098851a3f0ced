import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { Layers } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { ErrorState } from "@/components/States";
import { api } from "@/lib/api/endpoints";
import { useDatasetFromBatch } from "@/lib/api/datasets";

/** Makes the dataset's next version from a completed batch, the expected output taken from one of its models. */
export function DatasetFromBatch({ name }: { name: string }) {
  const batches = useQuery({ queryKey: ["batches", "completed"], queryFn: () => api.listBatches({ status: "completed", limit: 50 }), retry: false });
  const [batchId, setBatchId] = useState("");
  const [expectedModel, setExpectedModel] = useState("");
  const make = useDatasetFromBatch(name);
  const items = batches.data?.items ?? [];
  const chosen = items.find((b) => b.batch_id === batchId);
  return (
    <Card>
      <CardHeader>
        <CardTitle>Version from a batch</CardTitle>
        <CardDescription>One row per input row of a completed batch; its inputs as the batch logged them.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        {batches.isError && <ErrorState error={batches.error} what="the completed batches" />}
        <div className="grid gap-1.5">
          <Label htmlFor="from-batch">Completed batch</Label>
          <NativeSelect id="from-batch" value={batchId} onChange={(e) => { setBatchId(e.target.value); setExpectedModel(""); }} disabled={batches.isPending}>
            <option value="">{batches.isPending ? "Loading…" : items.length ? "Choose a batch" : "No completed batches"}</option>
            {items.map((b) => (
              <option key={b.batch_id} value={b.batch_id}>
                {b.name ? `${b.name} · ` : ""}{b.template_id} · {b.batch_id}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="expected-model">Expected output from</Label>
          <NativeSelect id="expected-model" value={expectedModel} onChange={(e) => setExpectedModel(e.target.value)} disabled={!chosen}>
            <option value="">none (no expected output)</option>
            {(chosen?.models ?? []).map((m) => <option key={m} value={m}>{m}</option>)}
          </NativeSelect>
        </div>
        {make.isError && <ErrorState error={make.error} title="No version was made" />}
        {make.isSuccess && <p role="status" className="text-success text-sm">Stored as version {String(make.data.version)} ({make.data.row_count} rows).</p>}
        <Button className="w-fit" disabled={!batchId || make.isPending} onClick={() => make.mutate({ batchId, expectedModel: expectedModel || undefined })}>
          <Layers /> Make a version
        </Button>
      </CardContent>
    </Card>
  );
}
