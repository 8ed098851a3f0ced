import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { useVersions } from "@/lib/api/queries";

/** The template's stored versions as checkboxes, in the order the user ticks them. */
export function VersionPicker({ templateId, value, onChange }: { templateId: string; value: string[]; onChange: (v: string[]) => void }) {
  const versions = useVersions(templateId);
  const items = versions.data?.items ?? [];
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1 text-sm font-medium">Template versions</legend>
      {versions.isPending && <p className="text-muted-foreground text-xs">Loading the versions…</p>}
      {versions.isError && <p className="text-destructive text-xs">The versions could not load.</p>}
      <div className="flex flex-wrap gap-3">
        {items.map((v) => (
          <Label key={v.version} className="font-normal">
            <Checkbox aria-label={`version ${v.version}`} checked={value.includes(v.version)}
              onCheckedChange={(c) => onChange(c === true ? [...value, v.version] : value.filter((x) => x !== v.version))} />
            <span className="font-mono text-xs">{v.version}</span>
            {v.labels.length > 0 && <span className="text-muted-foreground text-xs">({v.labels.join(", ")})</span>}
          </Label>
        ))}
      </div>
    </fieldset>
  );
}
