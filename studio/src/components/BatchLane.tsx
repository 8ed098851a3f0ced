import { Badge } from "@/components/ui/badge";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import type { BatchEstimate, BatchLane } from "@/lib/api/types";
import { formatTime, usd } from "@/lib/format";

const LANES: { value: BatchLane; label: string }[] = [
  { value: "online", label: "Online: each call sent at once" },
  { value: "batch", label: "Batch: provider batch APIs, discounted, up to 24 h" },
  { value: "auto", label: "Auto: the server decides by the batch's size" },
];

/** The lane a batch is submitted on; online unless the user picks another. */
export function LanePicker({ value, onChange }: { value: BatchLane; onChange: (lane: BatchLane) => void }) {
  return (
    <div className="grid gap-1.5">
      <Label htmlFor="batch-lane">Lane</Label>
      <NativeSelect id="batch-lane" value={value} onChange={(e) => onChange(e.target.value as BatchLane)}>
        {LANES.map((lane) => (
          <option key={lane.value} value={lane.value}>
            {lane.label}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}

/** "24h" as "24 h". */
function windowText(window: string): string {
  return window.replace(/^(\d+)h$/, "$1 h");
}

/** The estimate's totals at list price, and what the batch lane would save and how long it may take. */
export function BatchEstimateSummary({ estimate }: { estimate: BatchEstimate }) {
  const saving = estimate.batch_lane;
  const unpriced = estimate.totals.unpriced_models;
  return (
    <div className="grid gap-1 rounded-md border p-3 text-sm" data-testid="batch-estimate">
      <p>
        {estimate.totals.calls} calls, {usd(estimate.totals.cost_usd_low)}–{usd(estimate.totals.cost_usd_high)} at list price
        {unpriced.length > 0 && <span className="text-muted-foreground"> (no price for {unpriced.join(", ")})</span>}
      </p>
      {saving && saving.models.length > 0 ? (
        <p data-testid="batch-lane-saving">
          The batch lane saves {usd(saving.saving_usd_low)}–{usd(saving.saving_usd_high)} on {saving.models.join(", ")} (
          {usd(saving.cost_usd_low)}–{usd(saving.cost_usd_high)} in all); its results may take up to {windowText(saving.completion_window)}.
        </p>
      ) : (
        <p data-testid="batch-lane-saving" className="text-muted-foreground">
          The batch lane saves nothing here: no chosen model's provider has a batch discount.
        </p>
      )}
      <p className="text-muted-foreground">
        This batch would run on the {estimate.lane} lane
        {estimate.lane === "batch" && saving ? `: results may take up to ${windowText(saving.completion_window)}.` : "."}
      </p>
    </div>
  );
}

/** A batch's lane and, on the batch lane, the time its results are due at the latest. */
export function BatchLaneNote({ lane, expectedBy }: { lane: string | undefined; expectedBy: string | null | undefined }) {
  if (!lane) return null;
  return (
    <span className="flex items-center gap-2" data-testid="batch-lane">
      <Badge variant="outline">{lane} lane</Badge>
      {lane === "batch" && expectedBy && <span className="text-muted-foreground">results expected by {formatTime(expectedBy)}</span>}
    </span>
  );
}

/** What the batch lane saved: shown once the server prices it (on the batch lane, with a priced call logged). */
export function BatchLaneSaving({ saving, listPrice }: { saving: number | null | undefined; listPrice: number | null | undefined }) {
  if (saving === null || saving === undefined || listPrice === null || listPrice === undefined) return null;
  return (
    <span className="text-muted-foreground" data-testid="batch-lane-saved">
      saved {usd(saving)} (list price {usd(listPrice)})
    </span>
  );
}
