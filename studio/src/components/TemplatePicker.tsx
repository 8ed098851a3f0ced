import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { useTemplateIds } from "@/lib/api/queries";

export function TemplatePicker({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const ids = useTemplateIds();
  return (
    <div className="grid gap-1.5">
      <Label htmlFor="template-picker">Template</Label>
      <NativeSelect id="template-picker" value={value} onChange={(e) => onChange(e.target.value)} disabled={ids.isPending}>
        <option value="">{ids.isPending ? "Loading…" : ids.isError ? "Templates could not load" : "Choose a template"}</option>
        {(ids.data ?? []).map((id) => (
          <option key={id} value={id}>
            {id}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}
