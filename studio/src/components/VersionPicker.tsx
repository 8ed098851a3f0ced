import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { useVersions } from "@/lib/api/queries";
import { itemsOf } from "@/lib/api/endpoints";
import type { VersionEntry } from "@/lib/api/types";

/**
 * The template's versions and labels as a column axis: each one ticked runs as its own compare job.
 * None ticked runs the latest version.
 */
export function VersionPicker({ templateId, value, onChange }: { templateId: string; value: string[]; onChange: (entries: string[]) => void }) {
  const versions = useVersions(templateId || undefined);
  const entries = itemsOf(versions.data) as VersionEntry[];
  const labels = [...new Set(entries.flatMap((e) => e.labels ?? []))].sort();
  const toggle = (entry: string, on: boolean) => onChange(on ? [...value, entry] : value.filter((v) => v !== entry));
  if (!templateId) return null;
  const box = (entry: string, detail?: string) => (
    <Label key={entry} className="font-normal">
      <Checkbox aria-label={`Version ${entry}`} checked={value.includes(entry)} onCheckedChange={(c) => toggle(entry, c === true)} />
      <span className="font-mono text-xs">{entry}</span>
      {detail && <span className="text-muted-foreground text-xs">{detail}</span>}
    </Label>
  );
  return (
    <fieldset className="grid gap-1.5">
      <legend className="mb-1 text-sm font-medium">Versions</legend>
      <p className="text-muted-foreground text-xs">Tick two or more to compare versions side by side; none runs the latest.</p>
      {versions.isPending && <p className="text-muted-foreground text-xs">Loading versions…</p>}
      {versions.isError && <p className="text-muted-foreground text-xs">The versions could not load; the latest version runs.</p>}
      <div className="grid max-h-40 gap-1.5 overflow-auto">
        {labels.map((label) => box(label, "label"))}
        {entries.map((e) => box(e.version, e.labels?.length ? e.labels.join(", ") : undefined))}
      </div>
    </fieldset>
  );
}
